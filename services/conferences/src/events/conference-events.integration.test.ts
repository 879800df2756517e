import {
  conferenceId,
  demoConferences,
  demoRegistrations,
  firstConferenceKey,
  personId,
  regionId,
} from '@mitmach/demo-network';
import { contracts, type EventTransport, openPersonRefs, topicOf, uuidV7 } from '@mitmach/events';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { and, arrayContains, asc, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import {
  conferences,
  erasedPersonIds,
  outbox,
  outcomes,
  personKeys,
  processedEvents,
  registrations,
  sessions,
} from '../db/schema';
import { clients, germanDay, registerMutation, testPersonId } from '../testing/fixtures';
import { startConferences } from '../testing/start-conferences';

const { platform } = await startForFile(() => startConferences({ events: true }));
const api = clients(platform);
const staff = await api.staffToken();

async function eventsNamed(name: string) {
  return platform.db.select().from(outbox).where(eq(outbox.name, name)).orderBy(asc(outbox.position));
}

/** Publishes an erasure as people would and returns its event id. */
async function publishPersonErased(payload: Record<string, unknown>, aggregateId = String(payload.personId)) {
  const id = uuidV7();
  await (platform.transport as EventTransport).publish([
    {
      topic: topicOf(contracts.personErased),
      key: aggregateId,
      eventId: id,
      value: JSON.stringify({
        id,
        name: contracts.personErased.name,
        version: 1,
        aggregateType: 'person',
        aggregateId,
        occurredAt: new Date().toISOString(),
        source: 'people',
        traceparent: null,
        payload,
      }),
    },
  ]);
  return id;
}

async function isProcessed(eventId: string): Promise<boolean> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(processedEvents)
    .where(eq(processedEvents.eventId, eventId));
  return (row?.value ?? 0) > 0;
}

describe('events the conferences service writes', () => {
  it('publishes the seeded history: every held conference, outcome and registration', async () => {
    const [held] = await platform.db
      .select({ value: count() })
      .from(conferences)
      .where(eq(conferences.status, 'documented'));
    expect((await eventsNamed(contracts.conferenceHeld.name)).length).toBe(held?.value);
    const [recorded] = await platform.db.select({ value: count() }).from(outcomes);
    expect((await eventsNamed(contracts.outcomeRecorded.name)).length).toBe(recorded?.value);
    const [registered] = await platform.db.select({ value: count() }).from(registrations);
    expect((await eventsNamed(contracts.registrationChanged.name)).length).toBe(registered?.value);
  });

  it('tells the regions service when a conference is HELD, which marks the region as having held one', async () => {
    const luzern = regionId('luzern');
    const region = () =>
      api.query<{ region: { hasHeldConference: boolean; firstConferenceOn: string | null } }>(
        'query($id: UUID!) { region(id: $id) { hasHeldConference firstConferenceOn } }',
        { id: luzern },
      );
    expect((await region()).body.data?.region.hasHeldConference).toBe(false);
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const id = await api.openConference(luzern, {
      format: 'MITMACH_KONFERENZ',
      country: 'CH',
      days: [germanDay(day)],
      venue: {
        name: 'Neubad',
        street: 'Bireggstrasse 36',
        postalCode: '6003',
        city: 'Luzern',
        country: 'CH',
        location: { lat: 47.04, lng: 8.31 },
      },
    });
    await api.changeStatus(staff, id, 'REGISTRATION_CLOSED');
    await api.changeStatus(staff, id, 'HELD');
    const [event] = (await eventsNamed(contracts.conferenceHeld.name)).filter((row) => row.aggregateId === id);
    expect(event?.payload).toEqual({
      conferenceId: id,
      regionId: luzern,
      country: 'CH',
      format: 'mitmach_konferenz',
      heldOn: day,
    });
    await expect
      .poll(async () => (await region()).body.data?.region, { timeout: 90_000, interval: 50 })
      .toEqual({ hasHeldConference: true, firstConferenceOn: day });
  });

  it('writes registration events with the change, including the person who moved up, and none for a refusal', async () => {
    const id = await api.openConference(regionId('wurzen'), { capacity: 1 });
    const first = await api.query<{ register: { registration: { id: string } } }>(
      registerMutation,
      { input: { conferenceId: id, personId: testPersonId(700), sector: 'SCIENCE' } },
      { token: staff },
    );
    await api.query(
      registerMutation,
      { input: { conferenceId: id, personId: testPersonId(701), sector: 'POLITICS' } },
      { token: staff },
    );
    type Payload = { personId: string | null; personRef: string; status: string; sector: string };
    // The person travels sealed with their key; only this service can open the reference.
    const ofConference = async () => {
      const payloads = (await eventsNamed(contracts.registrationChanged.name))
        .map((row) => row.payload as Payload & { conferenceId: string })
        .filter((payload) => payload.conferenceId === id);
      expect(payloads.map((payload) => payload.personId)).toEqual(payloads.map(() => null));
      expect(JSON.stringify(payloads)).not.toContain(testPersonId(700));
      expect(JSON.stringify(payloads)).not.toContain(testPersonId(701));
      const people = await openPersonRefs(
        platform.db,
        personKeys,
        payloads.map((payload) => payload.personRef),
      );
      return payloads.map((payload, index) => ({ ...payload, personId: people[index] }));
    };
    expect((await ofConference()).map((payload) => [payload.personId, payload.status, payload.sector])).toEqual([
      [testPersonId(700), 'confirmed', 'science'],
      [testPersonId(701), 'waitlisted', 'politics'],
    ]);
    const refused = await api.query<{ register: { userErrors: { code: string }[] } }>(
      registerMutation,
      { input: { conferenceId: id, personId: testPersonId(700), sector: 'SCIENCE' } },
      { token: staff },
    );
    expect(refused.body.data?.register.userErrors.map((error) => error.code)).toEqual(['ALREADY_REGISTERED']);
    expect(await ofConference()).toHaveLength(2);
    await api.query(
      'mutation($id: UUID!) { cancelRegistration(input: { registrationId: $id }) { userErrors { code } } }',
      { id: first.body.data?.register.registration.id },
      { token: staff },
    );
    expect((await ofConference()).slice(2).map((payload) => [payload.personId, payload.status])).toEqual([
      [testPersonId(700), 'cancelled'],
      [testPersonId(701), 'confirmed'],
    ]);
  });

  it('writes outcome-recorded for the action pool with the outcome, and nothing when refused', async () => {
    const before = (await eventsNamed(contracts.outcomeRecorded.name)).length;
    const record = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id } userErrors { code } } }`;
    const input = {
      conferenceId: conferenceId(firstConferenceKey('graz')),
      kind: 'ACTION',
      title: 'Gemüsekisten vom Stadtrand',
      description: 'Höfe am Grazer Stadtrand liefern wöchentlich Gemüsekisten an Betriebe in der Stadt.',
      fieldsOfAction: ['agriculture-food'],
      sdgs: [2, 12],
      responsiblePersonIds: [personId('graz:member-1')],
      partnerOrganizationIds: [],
    };
    const refused = await api.query<{ recordOutcome: { userErrors: { code: string }[] } }>(
      record,
      { input: { ...input, sdgs: [19] } },
      { token: staff },
    );
    expect(refused.body.data?.recordOutcome.userErrors.map((error) => error.code)).toEqual(['UNKNOWN_SDG']);
    expect((await eventsNamed(contracts.outcomeRecorded.name)).length).toBe(before);
    const recorded = await api.query<{ recordOutcome: { outcome: { id: string } } }>(
      record,
      { input },
      { token: staff },
    );
    const outcome = recorded.body.data?.recordOutcome.outcome.id;
    const [event] = (await eventsNamed(contracts.outcomeRecorded.name)).filter((row) => row.aggregateId === outcome);
    expect(event?.payload).toMatchObject({
      outcomeId: outcome,
      regionId: regionId('graz'),
      country: 'AT',
      kind: 'action',
      title: 'Gemüsekisten vom Stadtrand',
      fieldsOfAction: ['agriculture-food'],
      sdgs: [2, 12],
    });
  });
});

describe('a person erased in the people service', () => {
  it('is named nowhere any more; past figures stay, a place ahead goes to the first person waiting', async () => {
    // A participant of the Waldviertel conference who hosted a theme table there and holds a place in Ottakring.
    const erased = personId('waldviertel:participant-1');
    const waldviertel = conferenceId(firstConferenceKey('waldviertel'));
    const ottakring = conferenceId('wien-ottakring:mitmach-werkstatt-2027');
    const figures = `query($past: UUID!, $ahead: UUID!) {
      past: conference(id: $past) { confirmedCount attendedCount }
      ahead: conference(id: $ahead) { confirmedCount waitlistCount registrations(first: 100) { edges { node { person { id } status } } } }
    }`;
    type Figures = {
      past: { confirmedCount: number; attendedCount: number };
      ahead: {
        confirmedCount: number;
        waitlistCount: number;
        registrations: { edges: { node: { person: { id: string } | null; status: string } }[] };
      };
    };
    const before = (await api.query<Figures>(figures, { past: waldviertel, ahead: ottakring }, { token: staff })).body
      .data;
    const firstWaiting = before?.ahead.registrations.edges.find((edge) => edge.node.status === 'WAITLISTED')?.node
      .person?.id;
    expect(firstWaiting).toBe(personId('st-poelten:participant-2'));

    await publishPersonErased({ personId: erased, erasedAt: new Date().toISOString() });
    const remaining = () =>
      platform.db.select({ value: count() }).from(registrations).where(eq(registrations.personId, erased));
    await expect.poll(async () => (await remaining())[0]?.value, { timeout: 90_000, interval: 50 }).toBe(0);

    const after = (await api.query<Figures>(figures, { past: waldviertel, ahead: ottakring }, { token: staff })).body
      .data;
    expect(after?.past).toEqual(before?.past);
    expect(after?.ahead.confirmedCount).toBe(before?.ahead.confirmedCount);
    expect(after?.ahead.waitlistCount).toBe((before?.ahead.waitlistCount ?? 0) - 1);
    const confirmed = after?.ahead.registrations.edges.filter((edge) => edge.node.status === 'CONFIRMED');
    expect(confirmed?.map((edge) => edge.node.person?.id)).toContain(firstWaiting);
    expect(JSON.stringify(after)).not.toContain(erased);
    const [anonymous] = await platform.db
      .select({ value: count() })
      .from(registrations)
      .where(and(eq(registrations.conferenceId, waldviertel), isNull(registrations.personId)));
    expect(anonymous?.value).toBe(1);
    const [speaking] = await platform.db
      .select({ value: count() })
      .from(sessions)
      .where(arrayContains(sessions.speakerIds, [erased]));
    expect(speaking?.value).toBe(0);
    const reported = (await eventsNamed(contracts.registrationChanged.name))
      .map((row) => row.payload as { conferenceId: string; personRef: string | null; status: string })
      .filter((payload) => payload.personRef === null);
    // Each of their registrations is reported once more without them: as it stood where the conference took place,
    // as cancelled where it lies ahead.
    const theirs = demoConferences().flatMap((conference) =>
      demoRegistrations(conference)
        .filter((registration) => registration.personKey === 'waldviertel:participant-1')
        .map((registration) => [
          conferenceId(conference.key),
          ['held', 'documented'].includes(conference.status) ? registration.status : 'cancelled',
        ]),
    );
    expect(theirs).toEqual(
      expect.arrayContaining([
        [waldviertel, 'confirmed'],
        [ottakring, 'cancelled'],
      ]),
    );
    expect(reported.map((payload) => [payload.conferenceId, payload.status]).sort()).toEqual(theirs.sort());

    // The id is kept as erased, their key is gone, and nobody can register them again.
    const [recorded] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, erased));
    expect(recorded?.personId).toBe(erased);
    expect(await platform.db.select().from(personKeys).where(eq(personKeys.personId, erased))).toEqual([]);
    const again = await api.query<{
      register: { registration: unknown; userErrors: { code: string; message: string }[] };
    }>(registerMutation, { input: { conferenceId: ottakring, personId: erased, sector: 'SCIENCE' } }, { token: staff });
    expect(again.body.data?.register.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message: `There is no person with id ${erased}: the person was erased.`,
        field: ['input', 'personId'],
      },
    ]);
    expect((await remaining())[0]?.value).toBe(0);
  });

  it('changes nothing when the erasure arrives again', async () => {
    const erased = personId('waldviertel:participant-1');
    const eventsBefore = (await eventsNamed(contracts.registrationChanged.name)).length;
    const again = await publishPersonErased({ personId: erased, erasedAt: new Date().toISOString() });
    await expect.poll(() => isProcessed(again), { timeout: 90_000, interval: 50 }).toBe(true);
    expect((await eventsNamed(contracts.registrationChanged.name)).length).toBe(eventsBefore);
  });

  it('parks an erasure that breaks its contract as a dead letter that staff can list', async () => {
    await publishPersonErased({ personId: 'not-a-uuid', erasedAt: 'yesterday' }, testPersonId(799));
    const letters = await vi.waitFor(
      async () => {
        const response = await api.query<{ conferencesEventDeadLetters: { eventName: string; error: string }[] }>(
          '{ conferencesEventDeadLetters { eventName error } }',
          {},
          { token: staff },
        );
        expect(response.body.data?.conferencesEventDeadLetters).not.toEqual([]);
        return response.body.data?.conferencesEventDeadLetters ?? [];
      },
      { timeout: 90_000, interval: 50 },
    );
    // A payload that breaks its contract is parked at once, as unreadable, with the reason.
    expect(letters[0]?.error).toMatch(/breaks people\.person-erased v1: personId/);
    expect(errorCodes(await api.query('{ conferencesEventDeadLetters { id } }'))).toEqual(['FORBIDDEN']);
  });
});
