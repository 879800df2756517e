import { regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conferenceDays, conferences } from '../../db/schema';
import {
  clients,
  conferenceInput,
  createConferenceMutation,
  dateFromToday,
  germanDay,
  testPersonId,
} from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const { platform } = await startForFile(() => startConferences({ seed: false }));
const api = clients(platform);
const staff = await api.staffToken();

interface CreateData {
  createConference: {
    conference: {
      id: string;
      status: string;
      timeZone: string;
      country: string;
      startsAt: string;
      endsAt: string;
      days: { date: string; startsAt: string; endsAt: string }[];
    } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

async function conferenceCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(conferences);
  return row?.value ?? -1;
}

const wurzen = regionId('wurzen');

describe('creating conferences', () => {
  it('lets staff create a two-day conference as DRAFT in the region\u2019s time zone', async () => {
    const first = dateFromToday(90);
    const second = dateFromToday(91);
    const response = await api.query<CreateData>(
      createConferenceMutation,
      {
        input: conferenceInput(wurzen, {
          format: 'MITMACH_KONFERENZ',
          days: [germanDay(first, '14:00', '20:00'), germanDay(second, '09:00', '16:00')],
          timeZone: 'Europe/Berlin',
        }),
      },
      { token: staff },
    );
    const conference = response.body.data?.createConference.conference;
    expect(response.body.data?.createConference.userErrors).toEqual([]);
    expect(conference).toMatchObject({ status: 'DRAFT', timeZone: 'Europe/Berlin', country: 'DE' });
    expect(conference?.days.map((day) => day.date)).toEqual([first, second]);
    expect(conference?.startsAt).toBe(new Date(`${first}T14:00:00+01:00`).toISOString());
    expect(conference?.endsAt).toBe(new Date(`${second}T16:00:00+01:00`).toISOString());
  });

  it('lets a regional team create conferences of its own region only', async () => {
    const team = await api.teamToken(wurzen);
    const own = await api.query<CreateData>(
      createConferenceMutation,
      { input: conferenceInput(wurzen) },
      { token: team },
    );
    expect(own.body.data?.createConference.conference?.status).toBe('DRAFT');
    const before = await conferenceCount();
    const other = await api.query(
      createConferenceMutation,
      { input: conferenceInput(regionId('lindau')) },
      { token: team },
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(await conferenceCount()).toBe(before);
  });

  it('refuses anonymous, partner and member callers with FORBIDDEN, writing nothing', async () => {
    const before = await conferenceCount();
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await api.memberToken(testPersonId(1)),
      await tokenFor(platform.jwtSecret, ['reporting']),
    ]) {
      const response = await api.query(
        createConferenceMutation,
        { input: conferenceInput(wurzen) },
        token ? { token } : {},
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await conferenceCount()).toBe(before);
  });

  it('reports every bad field with its code and writes nothing', async () => {
    const before = await conferenceCount();
    const [days] = await platform.db.select({ value: count() }).from(conferenceDays);
    const late = dateFromToday(30);
    const early = dateFromToday(20);
    const response = await api.query<CreateData>(
      createConferenceMutation,
      {
        input: conferenceInput(wurzen, {
          title: 'X',
          days: [
            germanDay(late),
            { startsAt: `${early}T18:00:00+01:00`, endsAt: `${early}T10:00:00+01:00` },
            { startsAt: `${dateFromToday(40)}T20:00:00+01:00`, endsAt: `${dateFromToday(41)}T02:00:00+01:00` },
          ],
          timeZone: 'Europe/Vienna',
          venue: {
            name: 'Saal',
            street: 'Weg 1',
            postalCode: '1234',
            city: 'Ort',
            country: 'DE',
            location: { lat: 123, lng: 9 },
          },
          capacity: 0,
          fieldsOfAction: ['Mobilität'],
        }),
      },
      { token: staff },
    );
    const payload = response.body.data?.createConference;
    expect(payload?.conference).toBeNull();
    expect(payload?.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.title', 'INVALID'],
      ['input.timeZone', 'TIME_ZONE_MISMATCH'],
      ['input.days.1.endsAt', 'END_BEFORE_START'],
      ['input.days.1.startsAt', 'DATES_OUT_OF_ORDER'],
      ['input.days.2.endsAt', 'NOT_ONE_DAY'],
      ['input.venue.postalCode', 'INVALID'],
      ['input.venue.location.lat', 'OUT_OF_RANGE'],
      ['input.capacity', 'OUT_OF_RANGE'],
      ['input.fieldsOfAction', 'UNKNOWN_FIELD_OF_ACTION'],
    ]);
    expect(await conferenceCount()).toBe(before);
    const [daysAfter] = await platform.db.select({ value: count() }).from(conferenceDays);
    expect(daysAfter?.value).toBe(days?.value);
  });

  it('needs a venue unless ONLINE, and refuses countries outside the network', async () => {
    const inPerson = await api.query<CreateData>(
      createConferenceMutation,
      { input: conferenceInput(wurzen, { venue: null }) },
      { token: staff },
    );
    expect(inPerson.body.data?.createConference.userErrors.map((error) => error.code)).toEqual(['VENUE_REQUIRED']);
    const online = await api.query<{ createConference: { conference: { id: string } } }>(
      createConferenceMutation.replace('capacity timeZone', 'capacity attendanceMode venue { name } timeZone'),
      { input: conferenceInput(wurzen, { venue: null, attendanceMode: 'ONLINE' }) },
      { token: staff },
    );
    expect(online.body.data?.createConference.conference).toMatchObject({ attendanceMode: 'ONLINE', venue: null });
    const before = await conferenceCount();
    const france = await api.query(
      createConferenceMutation,
      { input: conferenceInput(wurzen, { country: 'FR' }) },
      { token: staff },
    );
    expect(errorCodes(france)).toEqual(['BAD_USER_INPUT']);
    expect(await conferenceCount()).toBe(before);
  });

  it('takes the time zone from the country when none is given', async () => {
    const response = await api.query<CreateData>(
      createConferenceMutation,
      {
        input: conferenceInput(regionId('bozen'), {
          country: 'IT',
          venue: {
            name: 'Kolpinghaus',
            street: 'Kolpingstraße 3',
            postalCode: '39100',
            city: 'Bozen',
            country: 'IT',
            location: { lat: 46.5, lng: 11.35 },
          },
        }),
      },
      { token: staff },
    );
    expect(response.body.data?.createConference.conference?.timeZone).toBe('Europe/Rome');
  });
});

describe('updating conferences', () => {
  const update = `mutation($input: UpdateConferenceInput!) {
    updateConference(input: $input) { conference { title startsAt days { date } venue { name } } userErrors { field code } }
  }`;

  it('changes fields, and refuses days that would leave a session outside', async () => {
    const date = dateFromToday(70);
    const id = await api.createConference(staff, conferenceInput(wurzen, { days: [germanDay(date)] }));
    await api.query(
      `mutation($input: AddConferenceSessionInput!) { addSession(input: $input) { userErrors { code } } }`,
      {
        input: {
          conferenceId: id,
          kind: 'WORKSHOP',
          title: 'Werkstatt Mobilität',
          startsAt: `${date}T10:00:00+01:00`,
          endsAt: `${date}T12:00:00+01:00`,
        },
      },
      { token: staff },
    );
    const later = dateFromToday(71);
    const moved = await api.query<{ updateConference: { userErrors: { field: string[]; code: string }[] } }>(
      update,
      { input: { conferenceId: id, days: [germanDay(later)] } },
      { token: staff },
    );
    expect(moved.body.data?.updateConference.userErrors).toEqual([
      { field: ['input', 'days'], code: 'SESSIONS_OUTSIDE_DAYS' },
    ]);
    const [stored] = await platform.db.select().from(conferenceDays).where(eq(conferenceDays.conferenceId, id));
    expect(stored?.date).toBe(date);

    const changed = await api.query<{ updateConference: { conference: { title: string; days: { date: string }[] } } }>(
      update,
      { input: { conferenceId: id, title: 'Mitmach-Werkstatt Wurzen', days: [germanDay(date), germanDay(later)] } },
      { token: staff },
    );
    expect(changed.body.data?.updateConference.conference).toMatchObject({
      title: 'Mitmach-Werkstatt Wurzen',
      days: [{ date }, { date: later }],
    });
  });

  it('refuses to drop the venue of an in-person conference, and any change to a cancelled one', async () => {
    const id = await api.createConference(staff, conferenceInput(wurzen));
    const noVenue = await api.query<{ updateConference: { userErrors: { code: string }[] } }>(
      update,
      { input: { conferenceId: id, venue: null } },
      { token: staff },
    );
    expect(noVenue.body.data?.updateConference.userErrors.map((error) => error.code)).toEqual(['VENUE_REQUIRED']);
    await api.changeStatus(staff, id, 'CANCELLED');
    const cancelled = await api.query<{ updateConference: { userErrors: { code: string }[] } }>(
      update,
      { input: { conferenceId: id, title: 'Neuer Titel' } },
      { token: staff },
    );
    expect(cancelled.body.data?.updateConference.userErrors.map((error) => error.code)).toEqual([
      'CONFERENCE_CANCELLED',
    ]);
  });

  it('answers an unknown conference with NOT_FOUND for staff and FORBIDDEN for other regions\u2019 teams', async () => {
    const unknown = await api.query<{ updateConference: { userErrors: { code: string }[] } }>(
      update,
      { input: { conferenceId: '4d1f1d36-0000-4000-8000-000000000000', title: 'Nirgendwo' } },
      { token: staff },
    );
    expect(unknown.body.data?.updateConference.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const id = await api.createConference(staff, conferenceInput(wurzen));
    const team = await api.teamToken(regionId('lindau'));
    expect(
      errorCodes(await api.query(update, { input: { conferenceId: id, title: 'Fremd' } }, { token: team })),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('status transitions', () => {
  const change = `mutation($input: ChangeConferenceStatusInput!) {
    changeConferenceStatus(input: $input) {
      conference { status allowedNextStatuses statusHistory { from to note } }
      userErrors { field message code }
    }
  }`;

  interface ChangeData {
    changeConferenceStatus: {
      conference: {
        status: string;
        allowedNextStatuses: string[];
        statusHistory: { from: string | null; to: string; note: string | null }[];
      } | null;
      userErrors: { field: string[]; message: string; code: string }[];
    };
  }

  const move = (conferenceId: string, status: string, note?: string) =>
    api.query<ChangeData>(change, { input: { conferenceId, status, note } }, { token: staff });

  it('refuses an illegal transition with ILLEGAL_TRANSITION and leaves the status as it was', async () => {
    const id = await api.createConference(staff, conferenceInput(wurzen));
    const response = await move(id, 'HELD');
    expect(response.body.data?.changeConferenceStatus).toEqual({
      conference: null,
      userErrors: [
        {
          field: ['input', 'status'],
          code: 'ILLEGAL_TRANSITION',
          message: 'A conference cannot move from DRAFT to HELD.',
        },
      ],
    });
    const [stored] = await platform.db.select().from(conferences).where(eq(conferences.id, id));
    expect(stored?.status).toBe('draft');
  });

  it('walks a past conference from DRAFT to DOCUMENTED and records every step', async () => {
    const id = await api.createConference(staff, conferenceInput(wurzen, { days: [germanDay(dateFromToday(-5))] }));
    for (const status of ['OPEN_FOR_REGISTRATION', 'REGISTRATION_CLOSED', 'HELD']) {
      expect((await move(id, status)).body.data?.changeConferenceStatus.userErrors).toEqual([]);
    }
    expect(
      (await move(id, 'CANCELLED')).body.data?.changeConferenceStatus.userErrors.map((error) => error.code),
    ).toEqual(['ILLEGAL_TRANSITION']);
    const documented = await move(id, 'DOCUMENTED', 'Protokoll und Fotos online');
    const conference = documented.body.data?.changeConferenceStatus.conference;
    expect(conference?.allowedNextStatuses).toEqual([]);
    expect(conference?.statusHistory).toEqual([
      { from: null, to: 'DRAFT', note: 'created' },
      { from: 'DRAFT', to: 'OPEN_FOR_REGISTRATION', note: null },
      { from: 'OPEN_FOR_REGISTRATION', to: 'REGISTRATION_CLOSED', note: null },
      { from: 'REGISTRATION_CLOSED', to: 'HELD', note: null },
      { from: 'HELD', to: 'DOCUMENTED', note: 'Protokoll und Fotos online' },
    ]);
  });

  it('marks a conference HELD only once its first day has begun', async () => {
    const id = await api.openConference(wurzen);
    await move(id, 'REGISTRATION_CLOSED');
    const early = await move(id, 'HELD');
    expect(early.body.data?.changeConferenceStatus.userErrors.map((error) => error.code)).toEqual(['TOO_EARLY']);
  });

  it('cancels from any status before HELD, and a cancelled conference stays cancelled', async () => {
    const draft = await api.createConference(staff, conferenceInput(wurzen));
    const open = await api.openConference(wurzen);
    for (const id of [draft, open]) {
      const cancelled = await move(id, 'CANCELLED');
      expect(cancelled.body.data?.changeConferenceStatus.conference).toMatchObject({
        status: 'CANCELLED',
        allowedNextStatuses: [],
      });
    }
    const reopen = await move(open, 'OPEN_FOR_REGISTRATION');
    expect(reopen.body.data?.changeConferenceStatus.userErrors.map((error) => error.code)).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
  });

  it('lets the region\u2019s team move its conference, but nobody else', async () => {
    const id = await api.createConference(staff, conferenceInput(wurzen));
    const own = await api.query<ChangeData>(
      change,
      { input: { conferenceId: id, status: 'OPEN_FOR_REGISTRATION' } },
      { token: await api.teamToken(wurzen) },
    );
    expect(own.body.data?.changeConferenceStatus.conference?.status).toBe('OPEN_FOR_REGISTRATION');
    for (const token of [undefined, await api.teamToken(regionId('lindau')), await api.memberToken(testPersonId(2))]) {
      const response = await api.query(
        change,
        { input: { conferenceId: id, status: 'CANCELLED' } },
        token ? { token } : {},
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    const [stored] = await platform.db.select().from(conferences).where(eq(conferences.id, id));
    expect(stored?.status).toBe('open_for_registration');
  });
});
