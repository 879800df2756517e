import { personId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { clients, conferenceInput, dateFromToday, germanDay } from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const first = dateFromToday(50);
const second = dateFromToday(51);

const { platform } = await startForFile(() => startConferences({ seed: false }));
const api = clients(platform);
const staff = await api.staffToken();
const conference = await api.createConference(
  staff,
  conferenceInput(regionId('lindau'), {
    days: [germanDay(first, '14:00', '20:00'), germanDay(second, '09:00', '16:00')],
  }),
);

const add = `mutation($input: AddConferenceSessionInput!) {
  addSession(input: $input) {
    session { id kind title startsAt endsAt room speakers { id } fieldOfAction { slug } conference { id } }
    userErrors { field message code }
  }
}`;

interface AddData {
  addSession: {
    session: { id: string; kind: string; speakers: { id: string }[]; fieldOfAction: { slug: string } | null } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

const at = (date: string, time: string) => `${date}T${time}:00+01:00`;

const session = (overrides: Record<string, unknown> = {}) => ({
  conferenceId: conference,
  kind: 'IMPULSE_TALK',
  title: 'Bürgerbus: Erfahrungen aus Lindau',
  startsAt: at(first, '14:30'),
  endsAt: at(first, '14:50'),
  room: 'Großer Saal',
  speakerIds: [personId('lindau:member-1')],
  fieldOfAction: 'mobility',
  ...overrides,
});

async function sessionCount(): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(sessions)
    .where(eq(sessions.conferenceId, conference));
  return row?.value ?? -1;
}

describe('the agenda', () => {
  it('takes sessions inside the days and lists them in order of their start', async () => {
    const talk = await api.query<AddData>(add, { input: session() }, { token: staff });
    expect(talk.body.data?.addSession.userErrors).toEqual([]);
    expect(talk.body.data?.addSession.session).toMatchObject({
      kind: 'IMPULSE_TALK',
      speakers: [{ id: personId('lindau:member-1') }],
      fieldOfAction: { slug: 'mobility' },
    });
    const workshop = await api.query<AddData>(
      add,
      {
        input: session({
          kind: 'WORKSHOP',
          title: 'Werkstatt Fahrplan',
          startsAt: at(second, '09:30'),
          endsAt: at(second, '11:00'),
          speakerIds: [],
        }),
      },
      { token: staff },
    );
    expect(workshop.body.data?.addSession.userErrors).toEqual([]);
    const opening = await api.query<AddData>(
      add,
      {
        input: session({
          kind: 'PLENARY',
          title: 'Begrüßung',
          startsAt: at(first, '14:00'),
          endsAt: at(first, '14:30'),
          fieldOfAction: null,
        }),
      },
      { token: staff },
    );
    expect(opening.body.data?.addSession.userErrors).toEqual([]);
    const agenda = await api.query<{ conference: { agenda: { title: string }[] } }>(
      'query($id: UUID!) { conference(id: $id) { agenda { title } } }',
      { id: conference },
      { token: staff },
    );
    expect(agenda.body.data?.conference.agenda.map((item) => item.title)).toEqual([
      'Begrüßung',
      'Bürgerbus: Erfahrungen aus Lindau',
      'Werkstatt Fahrplan',
    ]);
  });

  it('refuses sessions outside the days, across two days or ending before they start, writing nothing', async () => {
    const before = await sessionCount();
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ startsAt: at(first, '12:00'), endsAt: at(first, '14:30') }, ['input', 'startsAt'], 'OUTSIDE_CONFERENCE_DAYS'],
      [{ startsAt: at(first, '19:00'), endsAt: at(second, '10:00') }, ['input', 'startsAt'], 'OUTSIDE_CONFERENCE_DAYS'],
      [
        { startsAt: at(dateFromToday(52), '10:00'), endsAt: at(dateFromToday(52), '11:00') },
        ['input', 'startsAt'],
        'OUTSIDE_CONFERENCE_DAYS',
      ],
      [{ startsAt: at(first, '15:00'), endsAt: at(first, '14:45') }, ['input', 'endsAt'], 'END_BEFORE_START'],
      [{ title: 'X' }, ['input', 'title'], 'INVALID'],
      [{ speakerIds: [personId('a'), personId('a')] }, ['input', 'speakerIds'], 'DUPLICATE'],
      [{ fieldOfAction: 'Mobilität' }, ['input', 'fieldOfAction'], 'UNKNOWN_FIELD_OF_ACTION'],
    ];
    for (const [overrides, field, code] of cases) {
      const response = await api.query<AddData>(add, { input: session(overrides) }, { token: staff });
      expect(response.body.data?.addSession.session).toBeNull();
      expect(response.body.data?.addSession.userErrors.map((error) => [error.field, error.code])).toEqual([
        [field, code],
      ]);
    }
    expect(await sessionCount()).toBe(before);
  });

  it('moves a session within the days but not outside, and removes it', async () => {
    const created = await api.query<AddData>(
      add,
      {
        input: session({
          kind: 'THEME_TABLE',
          title: 'Thementisch Energie',
          startsAt: at(second, '11:00'),
          endsAt: at(second, '12:00'),
        }),
      },
      { token: staff },
    );
    const id = created.body.data?.addSession.session?.id;
    const update = `mutation($input: UpdateConferenceSessionInput!) {
      updateSession(input: $input) { session { startsAt endsAt room fieldOfAction { slug } } userErrors { field code } }
    }`;
    const outside = await api.query<{ updateSession: { userErrors: { code: string }[] } }>(
      update,
      { input: { sessionId: id, endsAt: at(second, '17:00') } },
      { token: staff },
    );
    expect(outside.body.data?.updateSession.userErrors.map((error) => error.code)).toEqual(['OUTSIDE_CONFERENCE_DAYS']);
    const moved = await api.query<{
      updateSession: { session: { startsAt: string; room: null; fieldOfAction: { slug: string } } };
    }>(
      update,
      {
        input: {
          sessionId: id,
          startsAt: at(second, '13:00'),
          endsAt: at(second, '14:00'),
          room: null,
          fieldOfAction: 'energy',
        },
      },
      { token: staff },
    );
    expect(moved.body.data?.updateSession.session).toEqual({
      startsAt: new Date(at(second, '13:00')).toISOString(),
      endsAt: new Date(at(second, '14:00')).toISOString(),
      room: null,
      fieldOfAction: { slug: 'energy' },
    });
    const remove = `mutation($input: RemoveConferenceSessionInput!) {
      removeSession(input: $input) { removedSessionId conference { agenda { id } } userErrors { code } }
    }`;
    const removed = await api.query<{
      removeSession: { removedSessionId: string; conference: { agenda: { id: string }[] } };
    }>(remove, { input: { sessionId: id } }, { token: staff });
    expect(removed.body.data?.removeSession.removedSessionId).toBe(id);
    expect(removed.body.data?.removeSession.conference.agenda.map((item) => item.id)).not.toContain(id);
    const again = await api.query<{ removeSession: { userErrors: { code: string }[] } }>(
      remove,
      { input: { sessionId: id } },
      { token: staff },
    );
    expect(again.body.data?.removeSession.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('lets only staff and the region\u2019s team change the agenda', async () => {
    const before = await sessionCount();
    for (const token of [
      undefined,
      await api.teamToken(regionId('wurzen')),
      await api.memberToken(personId('lindau:member-1')),
    ]) {
      expect(errorCodes(await api.query(add, { input: session() }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await sessionCount()).toBe(before);
    const own = await api.query<AddData>(
      add,
      { input: session({ title: 'Marktplatz', kind: 'MARKETPLACE' }) },
      { token: await api.teamToken(regionId('lindau')) },
    );
    expect(own.body.data?.addSession.userErrors).toEqual([]);
  });
});
