import { regionId } from '@mitmach/demo-network';
import { changeEventsOf, writerOf } from '@mitmach/events/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferences, outbox, outcomes } from '../db/schema';
import { clients, conferenceInput, dateFromToday, germanDay, testPersonId } from '../testing/fixtures';
import { type RunningConferences, startConferences } from '../testing/start-conferences';

let platform: RunningConferences;
let api: ReturnType<typeof clients>;
let staff: string;
let changes: ReturnType<typeof changeEventsOf>;

beforeAll(async () => {
  platform = await startConferences({ seed: false });
  api = clients(platform);
  staff = await api.staffToken();
  changes = changeEventsOf(platform.db, outbox);
});
afterAll(() => platform?.stop());

const wurzen = regionId('wurzen');

/** Runs a mutation as staff and returns its payload and the change events it wrote. */
async function mutate<Payload = Record<string, unknown>>(document: string, input: Record<string, unknown>) {
  const mark = await changes.mark();
  const response = await api.query<Record<string, Payload>>(document, { input }, { token: staff });
  expect(response.body.errors).toBeUndefined();
  const payload = Object.values(response.body.data ?? {})[0] as Payload;
  return { payload, events: await changes.since(mark) };
}

const summary = (events: Awaited<ReturnType<typeof changes.since>>) =>
  events.map((event) => [event.name, event.payload.kind, event.payload.changedFields, event.payload.public]);

const create = `mutation($input: CreateConferenceInput!) { createConference(input: $input) { conference { id version } userErrors { code } } }`;
const update = `mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { conference { id version } userErrors { code } } }`;
const status = `mutation($input: ChangeConferenceStatusInput!) { changeConferenceStatus(input: $input) { conference { id version } userErrors { code } } }`;
const addSession = `mutation($input: AddConferenceSessionInput!) { addSession(input: $input) { session { id } userErrors { code } } }`;
const updateSession = `mutation($input: UpdateConferenceSessionInput!) { updateSession(input: $input) { session { id } userErrors { code } } }`;
const removeSession = `mutation($input: RemoveConferenceSessionInput!) { removeSession(input: $input) { removedSessionId userErrors { code } } }`;
const addEntry = `mutation($input: AddInitiativeMapEntryInput!) { addInitiativeMapEntry(input: $input) { entry { id } userErrors { code } } }`;
const register = `mutation($input: RegisterForConferenceInput!) { register(input: $input) { registration { id } userErrors { code } } }`;
const cancel = `mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { registration { id } userErrors { code } } }`;
const attendance = `mutation($input: MarkConferenceAttendanceInput!) { markAttendance(input: $input) { registrations { id } userErrors { code } } }`;
const recordOutcome = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id version } userErrors { code } } }`;

type ConferencePayload = { conference: { id: string; version: number } | null; userErrors: { code: string }[] };

describe('conference change events', () => {
  it('tell the status a change left the conference in, so that a cancellation is known as one', async () => {
    const created = await mutate<ConferencePayload>(
      create,
      conferenceInput(wurzen, { days: [germanDay(dateFromToday(80))] }),
    );
    const id = created.payload.conference?.id ?? '';
    await mutate<ConferencePayload>(status, { conferenceId: id, status: 'OPEN_FOR_REGISTRATION' });
    const cancelled = await mutate<ConferencePayload>(status, { conferenceId: id, status: 'CANCELLED' });
    expect(summary(cancelled.events)).toEqual([['conferences.conference-changed', 'status_changed', ['status'], true]]);
    expect(cancelled.events[0]).toMatchObject({ version: 2, payload: { status: 'cancelled', version: 3 } });
  });

  it('writes one event per change of details, status, agenda and initiative map, none for edits that change nothing', async () => {
    const day = dateFromToday(70);
    const created = await mutate<ConferencePayload>(create, conferenceInput(wurzen, { days: [germanDay(day)] }));
    const id = created.payload.conference?.id ?? '';
    expect(summary(created.events)).toEqual([
      ['conferences.conference-changed', 'created', expect.arrayContaining(['title', 'venue', 'days']), false],
    ]);
    expect(created.events[0]).toMatchObject({ version: 2, payload: { key: { id }, version: 1, status: 'draft' } });
    expect(created.events[0]?.tx).toBe(await writerOf(platform.db, conferences, conferences.id, id));

    const edited = await mutate<ConferencePayload>(update, {
      conferenceId: id,
      title: 'Mitmach-Werkstatt Testregion',
      venue: { ...conferenceInput(wurzen).venue, name: 'Rathaussaal Musterstadt' },
      days: [germanDay(day, '10:00', '18:00')],
    });
    expect(summary(edited.events)).toEqual([['conferences.conference-changed', 'updated', ['days', 'venue'], false]]);
    expect(edited.payload.conference?.version).toBe(2);
    expect(edited.events[0]?.payload.version).toBe(2);
    expect(edited.events[0]?.tx).toBe(await writerOf(platform.db, conferences, conferences.id, id));

    const same = await mutate<ConferencePayload>(update, {
      conferenceId: id,
      title: 'Mitmach-Werkstatt Testregion',
      capacity: 30,
      days: [germanDay(day, '10:00', '18:00')],
    });
    expect(same.events).toEqual([]);
    expect(same.payload.conference?.version).toBe(2);

    const opened = await mutate<ConferencePayload>(status, { conferenceId: id, status: 'OPEN_FOR_REGISTRATION' });
    expect(summary(opened.events)).toEqual([['conferences.conference-changed', 'status_changed', ['status'], true]]);
    expect(opened.events[0]?.payload.status).toBe('open_for_registration');
    const refused = await mutate<ConferencePayload>(status, { conferenceId: id, status: 'DRAFT' });
    expect(refused.payload.userErrors.map((error) => error.code)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.events).toEqual([]);

    const session = {
      kind: 'WORKSHOP',
      title: 'Werkstatt Mobilität',
      startsAt: `${day}T11:00:00+01:00`,
      endsAt: `${day}T12:00:00+01:00`,
    };
    const added = await mutate<{ session: { id: string } }>(addSession, { conferenceId: id, ...session });
    expect(summary(added.events)).toEqual([['conferences.conference-changed', 'updated', ['agenda'], true]]);
    const sessionId = added.payload.session.id;
    const unchanged = await mutate(updateSession, { sessionId, title: 'Werkstatt Mobilität' });
    expect(unchanged.events).toEqual([]);
    const moved = await mutate(updateSession, { sessionId, room: 'Saal 2' });
    expect(summary(moved.events)).toEqual([['conferences.conference-changed', 'updated', ['agenda'], true]]);
    const removed = await mutate(removeSession, { sessionId });
    expect(summary(removed.events)).toEqual([['conferences.conference-changed', 'updated', ['agenda'], true]]);

    const entry = await mutate(addEntry, { conferenceId: id, kind: 'EXISTING', name: 'Repair-Café Wurzen' });
    expect(summary(entry.events)).toEqual([['conferences.conference-changed', 'updated', ['initiativeMap'], true]]);
    expect(entry.events[0]?.payload.version).toBe(7);
  });

  it('writes the public registration figures for a registration, a cancellation and attendance, never who', async () => {
    const id = await api.openConference(wurzen, { capacity: 1 });
    const first = await mutate<{ registration: { id: string } }>(register, {
      conferenceId: id,
      personId: testPersonId(1),
      sector: 'POLITICS',
    });
    expect(summary(first.events)).toEqual([
      ['conferences.conference-changed', 'updated', ['confirmedCount', 'remainingCapacity'], true],
    ]);
    expect(JSON.stringify(first.events[0]?.payload)).not.toContain(testPersonId(1));
    const second = await mutate<{ registration: { id: string } }>(register, {
      conferenceId: id,
      personId: testPersonId(2),
      sector: 'BUSINESS',
    });
    expect(summary(second.events)).toEqual([['conferences.conference-changed', 'updated', ['waitlistCount'], true]]);
    const cancelled = await mutate(cancel, { registrationId: first.payload.registration.id });
    expect(summary(cancelled.events)).toEqual([['conferences.conference-changed', 'updated', ['waitlistCount'], true]]);
    const twice = await mutate(cancel, { registrationId: first.payload.registration.id });
    expect(twice.events).toEqual([]);

    const today = dateFromToday(0);
    const running = await api.openConference(wurzen, { days: [germanDay(today, '00:00', '23:59')] });
    const attendee = await mutate<{ registration: { id: string } }>(register, {
      conferenceId: running,
      personId: testPersonId(3),
      sector: 'OTHER',
    });
    await api.changeStatus(staff, running, 'REGISTRATION_CLOSED');
    await api.changeStatus(staff, running, 'HELD');
    const marks = {
      conferenceId: running,
      attendance: [{ registrationId: attendee.payload.registration.id, attended: true }],
    };
    const marked = await mutate(attendance, marks);
    expect(summary(marked.events)).toEqual([['conferences.conference-changed', 'updated', ['attendedCount'], true]]);
    const again = await mutate(attendance, marks);
    expect(again.events).toEqual([]);

    const outcome = await mutate<{ outcome: { id: string; version: number } }>(recordOutcome, {
      conferenceId: running,
      kind: 'IDEA',
      title: 'Lastenrad-Verleih',
      description: 'Ein Lastenrad, das Vereine im Ort reihum ausleihen.',
      fieldsOfAction: ['mobility'],
      sdgs: [11],
      responsiblePersonIds: [testPersonId(3)],
      partnerOrganizationIds: [],
    });
    const outcomeId = outcome.payload.outcome.id;
    expect(
      outcome.events.map((event) => [event.name, event.payload.key, event.payload.kind, event.payload.version]),
    ).toEqual([['conferences.outcome-changed', { id: outcomeId, conferenceId: running }, 'created', 1]]);
    expect(JSON.stringify(outcome.events[0]?.payload)).not.toContain(testPersonId(3));
    expect(outcome.events[0]?.tx).toBe(await writerOf(platform.db, outcomes, outcomes.id, outcomeId));
  });
});
