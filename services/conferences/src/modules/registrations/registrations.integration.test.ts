import { conferenceId, demoConferences, demoRegistrations, personId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { registrations } from '../../db/schema';
import {
  clients,
  conferenceInput,
  dateFromToday,
  germanDay,
  registerMutation,
  testPersonId,
} from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const { platform } = await startForFile(startConferences);
const api = clients(platform);
const staff = await api.staffToken();

interface RegisterData {
  register: {
    registration: { id: string; status: string; waitlistPosition: number | null; person: { id: string } } | null;
    conference: { confirmedCount: number; waitlistCount: number; remainingCapacity: number } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

const cancelMutation = `mutation($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) {
    registration { id status cancelledAt }
    promotedRegistration { id status promotedAt waitlistPosition person { id } }
    conference { confirmedCount waitlistCount remainingCapacity }
    userErrors { field message code }
  }
}`;

const registrationsQuery = `query($id: UUID!, $statuses: [RegistrationStatus!]) {
  conference(id: $id) {
    confirmedCount waitlistCount remainingCapacity capacity
    registrations(first: 100, filter: { statuses: $statuses }) {
      totalCount edges { node { status waitlistPosition person { id } } }
    }
  }
}`;

interface RegistrationsData {
  conference: {
    confirmedCount: number;
    waitlistCount: number;
    remainingCapacity: number;
    capacity: number;
    registrations: {
      totalCount: number;
      edges: { node: { status: string; waitlistPosition: number | null; person: { id: string } } }[];
    } | null;
  };
}

async function register(conference: string, person: string, token = staff, sector = 'CIVIL_SOCIETY') {
  return api.query<RegisterData>(
    registerMutation,
    { input: { conferenceId: conference, personId: person, sector } },
    { token },
  );
}

async function listed(conference: string, statuses: string[]) {
  const response = await api.query<RegistrationsData>(
    registrationsQuery,
    { id: conference, statuses },
    { token: staff },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.conference;
}

async function storedCount(conference: string, status?: 'confirmed' | 'waitlisted' | 'cancelled'): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(registrations)
    .where(and(eq(registrations.conferenceId, conference), status ? eq(registrations.status, status) : undefined));
  return row?.value ?? -1;
}

describe('capacity and waitlist', () => {
  it('confirms up to the capacity, waitlists the rest in order, and gives a cancelled place to the first waiting', async () => {
    const conference = await api.openConference(regionId('wurzen'), { capacity: 3 });
    const people = [1, 2, 3, 4, 5, 6].map((n) => testPersonId(100 + n));
    const answers = [];
    for (const person of people) answers.push((await register(conference, person)).body.data?.register);
    expect(answers.map((answer) => answer?.userErrors)).toEqual(people.map(() => []));
    expect(answers.map((answer) => answer?.registration?.status)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'WAITLISTED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    expect(answers.map((answer) => answer?.registration?.waitlistPosition)).toEqual([null, null, null, 1, 2, 3]);
    expect(answers.at(-1)?.conference).toEqual({ confirmedCount: 3, waitlistCount: 3, remainingCapacity: 0 });

    const waitlist = await listed(conference, ['WAITLISTED']);
    expect(waitlist?.registrations?.edges.map((edge) => [edge.node.person.id, edge.node.waitlistPosition])).toEqual([
      [people[3], 1],
      [people[4], 2],
      [people[5], 3],
    ]);

    const second = answers[1]?.registration?.id;
    const cancelled = await api.query<{
      cancelRegistration: {
        registration: { status: string; cancelledAt: string };
        promotedRegistration: { status: string; promotedAt: string; waitlistPosition: null; person: { id: string } };
        conference: { confirmedCount: number; waitlistCount: number; remainingCapacity: number };
        userErrors: unknown[];
      };
    }>(cancelMutation, { input: { registrationId: second } }, { token: staff });
    const payload = cancelled.body.data?.cancelRegistration;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.registration.status).toBe('CANCELLED');
    expect(payload?.promotedRegistration).toMatchObject({
      status: 'CONFIRMED',
      waitlistPosition: null,
      person: { id: people[3] },
    });
    expect(Date.parse(payload?.promotedRegistration.promotedAt ?? '')).not.toBeNaN();
    expect(payload?.conference).toEqual({ confirmedCount: 3, waitlistCount: 2, remainingCapacity: 0 });

    const after = await listed(conference, ['CONFIRMED', 'WAITLISTED']);
    expect(
      after?.registrations?.edges.map((edge) => [edge.node.person.id, edge.node.status, edge.node.waitlistPosition]),
    ).toEqual([
      [people[0], 'CONFIRMED', null],
      [people[2], 'CONFIRMED', null],
      [people[3], 'CONFIRMED', null],
      [people[4], 'WAITLISTED', 1],
      [people[5], 'WAITLISTED', 2],
    ]);
  });

  it('cancelling a waitlisted registration promotes nobody and moves the others up', async () => {
    const conference = await api.openConference(regionId('wurzen'), { capacity: 1 });
    const people = [1, 2, 3].map((n) => testPersonId(150 + n));
    const ids = [];
    for (const person of people) ids.push((await register(conference, person)).body.data?.register.registration?.id);
    const cancelled = await api.query<{ cancelRegistration: { promotedRegistration: null } }>(
      cancelMutation,
      { input: { registrationId: ids[1] } },
      { token: staff },
    );
    expect(cancelled.body.data?.cancelRegistration.promotedRegistration).toBeNull();
    const waitlist = await listed(conference, ['WAITLISTED']);
    expect(waitlist?.registrations?.edges.map((edge) => [edge.node.person.id, edge.node.waitlistPosition])).toEqual([
      [people[2], 1],
    ]);
    expect(waitlist?.confirmedCount).toBe(1);
  });

  it('never confirms more people than the capacity when ten register at the same moment', async () => {
    // A race shows only sometimes, so three rushes on three conferences.
    for (const round of [0, 1, 2]) {
      const conference = await api.openConference(regionId('lindau'), { capacity: 3 });
      const people = Array.from({ length: 10 }, (_, index) => testPersonId(200 + round * 10 + index));
      const answers = await Promise.all(people.map((person) => register(conference, person)));
      for (const answer of answers) {
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data?.register.userErrors).toEqual([]);
      }
      const statuses = answers.map((answer) => answer.body.data?.register.registration?.status);
      expect(statuses.filter((status) => status === 'CONFIRMED')).toHaveLength(3);
      expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(7);
      expect(await storedCount(conference, 'confirmed')).toBe(3);
      expect(await storedCount(conference, 'waitlisted')).toBe(7);
      const waitlist = await listed(conference, ['WAITLISTED']);
      expect(waitlist?.registrations?.edges.map((edge) => edge.node.waitlistPosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('registers a person once even when the same registration arrives twice at the same moment', async () => {
    const conference = await api.openConference(regionId('lindau'), { capacity: 5 });
    const person = testPersonId(290);
    const answers = await Promise.all([register(conference, person), register(conference, person)]);
    const codes = answers.flatMap((answer) => answer.body.data?.register.userErrors.map((error) => error.code) ?? []);
    expect(codes).toEqual(['ALREADY_REGISTERED']);
    expect(await storedCount(conference)).toBe(1);
  });

  it('keeps the capacity when staff cancel and people register at the same moment', async () => {
    const conference = await api.openConference(regionId('lindau'), { capacity: 2 });
    const first = [1, 2, 3].map((n) => testPersonId(270 + n));
    const ids = [];
    for (const person of first) ids.push((await register(conference, person)).body.data?.register.registration?.id);
    const more = [4, 5, 6, 7].map((n) => testPersonId(270 + n));
    await Promise.all([
      api.query(cancelMutation, { input: { registrationId: ids[0] } }, { token: staff }),
      ...more.map((person) => register(conference, person)),
    ]);
    expect(await storedCount(conference, 'confirmed')).toBe(2);
    expect(await storedCount(conference, 'waitlisted')).toBe(4);
    // The first person on the waitlist before the rush got the freed place.
    const confirmed = await listed(conference, ['CONFIRMED']);
    expect(confirmed?.registrations?.edges.map((edge) => edge.node.person.id)).toEqual([first[1], first[2]]);
  });

  it('moves waitlisted people up when the capacity is raised, and refuses to lower it below the confirmed', async () => {
    const conference = await api.openConference(regionId('wurzen'), { capacity: 2 });
    for (const n of [1, 2, 3, 4]) await register(conference, testPersonId(300 + n));
    const update = `mutation($input: UpdateConferenceInput!) {
      updateConference(input: $input) { conference { capacity confirmedCount waitlistCount } userErrors { field code } }
    }`;
    const lower = await api.query<{
      updateConference: { conference: null; userErrors: { field: string[]; code: string }[] };
    }>(update, { input: { conferenceId: conference, capacity: 1 } }, { token: staff });
    expect(lower.body.data?.updateConference.userErrors).toEqual([
      { field: ['input', 'capacity'], code: 'BELOW_CONFIRMED' },
    ]);
    const raise = await api.query<{
      updateConference: { conference: { capacity: number; confirmedCount: number; waitlistCount: number } };
    }>(update, { input: { conferenceId: conference, capacity: 3 } }, { token: staff });
    expect(raise.body.data?.updateConference.conference).toEqual({ capacity: 3, confirmedCount: 3, waitlistCount: 1 });
    const confirmed = await listed(conference, ['CONFIRMED']);
    expect(confirmed?.registrations?.edges.map((edge) => edge.node.person.id)).toEqual(
      [1, 2, 3].map((n) => testPersonId(300 + n)),
    );
  });
});

describe('who may register and cancel', () => {
  it('lets a member register themself, see it as myRegistration, and cancel it', async () => {
    const conference = await api.openConference(regionId('aalen'), { capacity: 10 });
    const me = testPersonId(400);
    const member = await api.memberToken(me);
    const own = await api.query<RegisterData>(
      registerMutation,
      { input: { conferenceId: conference, sector: 'BUSINESS' } },
      { token: member },
    );
    expect(own.body.data?.register.registration).toMatchObject({ status: 'CONFIRMED', person: { id: me } });

    const mine = await api.query<{ conference: { myRegistration: { id: string; status: string; sector: string } } }>(
      'query($id: UUID!) { conference(id: $id) { myRegistration { id status sector } } }',
      { id: conference },
      { token: member },
    );
    expect(mine.body.data?.conference.myRegistration).toMatchObject({ status: 'CONFIRMED', sector: 'BUSINESS' });
    expect(mine.headers.get('cache-control')).not.toMatch(/public/);

    const again = await api.query<RegisterData>(
      registerMutation,
      { input: { conferenceId: conference, sector: 'BUSINESS' } },
      { token: member },
    );
    expect(again.body.data?.register.userErrors.map((error) => error.code)).toEqual(['ALREADY_REGISTERED']);

    const list = await api.query<{
      myConferenceRegistrations: { totalCount: number; edges: { node: { conference: { id: string } } }[] };
    }>(
      '{ myConferenceRegistrations(first: 10) { totalCount edges { node { conference { id } } } } }',
      {},
      { token: member },
    );
    expect(list.body.data?.myConferenceRegistrations.edges.map((edge) => edge.node.conference.id)).toEqual([
      conference,
    ]);

    const someoneElse = await api.memberToken(testPersonId(401));
    const foreign = await api.query(
      cancelMutation,
      { input: { registrationId: mine.body.data?.conference.myRegistration.id } },
      { token: someoneElse },
    );
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);

    const cancelled = await api.query<{ cancelRegistration: { registration: { status: string } } }>(
      cancelMutation,
      { input: { registrationId: mine.body.data?.conference.myRegistration.id } },
      { token: member },
    );
    expect(cancelled.body.data?.cancelRegistration.registration.status).toBe('CANCELLED');
    const twice = await api.query<{ cancelRegistration: { userErrors: { code: string }[] } }>(
      cancelMutation,
      { input: { registrationId: mine.body.data?.conference.myRegistration.id } },
      { token: member },
    );
    expect(twice.body.data?.cancelRegistration.userErrors.map((error) => error.code)).toEqual(['ALREADY_CANCELLED']);
  });

  it('refuses members registering others, anonymous and partner callers, and other regions\u2019 teams, writing nothing', async () => {
    const conference = await api.openConference(regionId('aalen'), { capacity: 10 });
    const input = { conferenceId: conference, personId: testPersonId(410), sector: 'POLITICS' };
    const callers = [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await api.memberToken(testPersonId(411)),
      await api.teamToken(regionId('lindau')),
    ];
    for (const token of callers) {
      const response = await api.query(registerMutation, { input }, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await storedCount(conference)).toBe(0);
    const ownTeam = await api.query<RegisterData>(
      registerMutation,
      { input },
      { token: await api.teamToken(regionId('aalen')) },
    );
    expect(ownTeam.body.data?.register.registration?.status).toBe('CONFIRMED');
  });

  it('takes registrations only while OPEN_FOR_REGISTRATION and hides drafts from members', async () => {
    const draft = await api.createConference(staff, conferenceInput(regionId('aalen')));
    const byStaff = await register(draft, testPersonId(420));
    expect(byStaff.body.data?.register.userErrors.map((error) => error.code)).toEqual(['REGISTRATION_NOT_OPEN']);
    const byMember = await api.query<RegisterData>(
      registerMutation,
      { input: { conferenceId: draft, sector: 'OTHER' } },
      { token: await api.memberToken(testPersonId(421)) },
    );
    expect(byMember.body.data?.register.userErrors).toEqual([
      { field: ['input', 'conferenceId'], message: 'There is no conference with this id.', code: 'NOT_FOUND' },
    ]);
    await api.changeStatus(staff, draft, 'OPEN_FOR_REGISTRATION');
    await api.changeStatus(staff, draft, 'REGISTRATION_CLOSED');
    const closed = await register(draft, testPersonId(422));
    expect(closed.body.data?.register.userErrors.map((error) => error.code)).toEqual(['REGISTRATION_NOT_OPEN']);
    expect(await storedCount(draft)).toBe(0);
  });
});

describe('personal data', () => {
  const plan = demoConferences().find((conference) => conference.key === 'tuebingen:miko-2027');
  if (!plan) throw new Error('the demo network changed: the Tübingen conference is no longer planned');
  const seeded = conferenceId(plan.key);
  const confirmed = demoRegistrations(plan).filter((registration) => registration.status === 'confirmed').length;
  const publicQuery = `query($id: UUID!) {
    conference(id: $id) {
      title confirmedCount waitlistCount remainingCapacity capacity
      myRegistration { id }
      registrations(first: 100) { edges { node { person { id } } } }
    }
  }`;

  it('shows anonymous and partner callers the counts but never who registered', async () => {
    for (const token of [undefined, await tokenFor(platform.jwtSecret, ['partner'])]) {
      const response = await api.query<{
        conference: { confirmedCount: number; remainingCapacity: number; myRegistration: null; registrations: null };
      }>(publicQuery, { id: seeded }, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.body.data?.conference).toMatchObject({
        confirmedCount: confirmed,
        remainingCapacity: plan.capacity - confirmed,
        myRegistration: null,
        registrations: null,
      });
      const body = JSON.stringify(response.body);
      expect(body).not.toContain(personId('tuebingen:moderator'));
      expect(body).not.toContain(personId('aalen:participant-1'));
    }
  });

  it('does not show a member or another region\u2019s team who registered, only their own registration', async () => {
    const participant = personId('aalen:participant-3');
    const member = await api.query<{ conference: { myRegistration: { id: string } | null; registrations: null } }>(
      publicQuery,
      { id: seeded },
      { token: await api.memberToken(participant) },
    );
    expect(errorCodes(member)).toEqual(['FORBIDDEN']);
    expect(member.body.data?.conference.myRegistration?.id).toMatch(/^[0-9a-f-]{36}$/);
    const otherTeam = await api.query(publicQuery, { id: seeded }, { token: await api.teamToken(regionId('aalen')) });
    expect(errorCodes(otherTeam)).toEqual(['FORBIDDEN']);
  });

  it('shows the region\u2019s own team and staff who registered, never cached', async () => {
    for (const token of [await api.teamToken(regionId('tuebingen')), staff]) {
      const response = await api.query<{
        conference: { registrations: { edges: { node: { person: { id: string } } }[] } };
      }>(publicQuery, { id: seeded }, { token });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.conference.registrations.edges).toHaveLength(demoRegistrations(plan).length);
      expect(response.headers.get('cache-control')).not.toMatch(/public/);
    }
  });

  it('refuses the list of own registrations to callers who are no person', async () => {
    const response = await api.query('{ myConferenceRegistrations { totalCount } }');
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('attendance', () => {
  const markMutation = `mutation($input: MarkConferenceAttendanceInput!) {
    markAttendance(input: $input) {
      registrations { attended person { id } }
      conference { attendedCount }
      userErrors { field code }
    }
  }`;

  it('is marked only while the conference is HELD, only for confirmed people', async () => {
    const conference = await api.openConference(regionId('wurzen'), {
      capacity: 2,
      days: [germanDay(dateFromToday(-2))],
    });
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      ids.push((await register(conference, testPersonId(500 + n))).body.data?.register.registration?.id ?? '');
    }
    const attendance = [
      { registrationId: ids[0], attended: true },
      { registrationId: ids[1], attended: false },
    ];
    const early = await api.query<{ markAttendance: { userErrors: { code: string }[] } }>(
      markMutation,
      { input: { conferenceId: conference, attendance } },
      { token: staff },
    );
    expect(early.body.data?.markAttendance.userErrors.map((error) => error.code)).toEqual(['CONFERENCE_NOT_HELD']);

    await api.changeStatus(staff, conference, 'REGISTRATION_CLOSED');
    await api.changeStatus(staff, conference, 'HELD');
    const waitlisted = await api.query<{ markAttendance: { userErrors: { field: string[]; code: string }[] } }>(
      markMutation,
      { input: { conferenceId: conference, attendance: [...attendance, { registrationId: ids[2], attended: true }] } },
      { token: staff },
    );
    expect(waitlisted.body.data?.markAttendance.userErrors).toEqual([
      { field: ['input', 'attendance', '2', 'registrationId'], code: 'NOT_CONFIRMED' },
    ]);
    const [unmarked] = await platform.db
      .select({ value: count() })
      .from(registrations)
      .where(and(eq(registrations.conferenceId, conference), eq(registrations.attended, true)));
    expect(unmarked?.value).toBe(0);

    const marked = await api.query<{
      markAttendance: { registrations: { attended: boolean }[]; conference: { attendedCount: number } };
    }>(markMutation, { input: { conferenceId: conference, attendance } }, { token: staff });
    expect(marked.body.data?.markAttendance.registrations.map((registration) => registration.attended)).toEqual([
      true,
      false,
    ]);
    expect(marked.body.data?.markAttendance.conference.attendedCount).toBe(1);

    const late = await api.query<{ cancelRegistration: { userErrors: { code: string }[] } }>(
      cancelMutation,
      { input: { registrationId: ids[0] } },
      { token: staff },
    );
    expect(late.body.data?.cancelRegistration.userErrors.map((error) => error.code)).toEqual(['CANCELLATION_CLOSED']);

    const team = await api.teamToken(regionId('lindau'));
    expect(
      errorCodes(await api.query(markMutation, { input: { conferenceId: conference, attendance } }, { token: team })),
    ).toEqual(['FORBIDDEN']);
  });
});
