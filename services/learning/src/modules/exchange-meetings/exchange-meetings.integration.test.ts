import { cohortId, personId, programId, teamPersonKey } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { exchangeMeetings } from '../../db/schema';
import { meetingSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const lab2025 = cohortId('regionallabor-2025');
const companion = programId('online-begleitprogramm');

const { platform, query, staff } = await startForFile(startLearning);

interface MeetingNode {
  id: string;
  topic: string;
  startsAt: string;
  joinUrl: string | null;
  cohort: { id: string } | null;
  program: { id: string } | null;
  experts: { name: string | null; person: { id: string } | null }[];
}

const meetingsQuery = `query($filter: ExchangeMeetingFilter) {
  exchangeMeetings(first: 100, filter: $filter) {
    totalCount edges { node { id topic startsAt joinUrl cohort { id } program { id } experts { name person { id } } } }
  }
}`;

async function meetingsAs(token: string | undefined, filter: Record<string, unknown> = {}) {
  const response = await query<{ exchangeMeetings: { totalCount: number; edges: { node: MeetingNode }[] } }>(
    meetingsQuery,
    { filter },
    token ? { token } : {},
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.exchangeMeetings.edges.map((edge) => edge.node) ?? [];
}

describe('listing exchange meetings', () => {
  it('splits meetings into upcoming (soonest first) and past (latest first)', async () => {
    // The seeded meetings lie around late November 2026; one a week ahead keeps the upcoming list filled later on.
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const scheduled = await query<{ createExchangeMeeting: { userErrors: unknown[] } }>(
      `mutation($input: CreateExchangeMeetingInput!) { createExchangeMeeting(input: $input) { userErrors { code } } }`,
      {
        input: {
          programId: companion,
          topic: 'Offene Sprechstunde',
          description: 'Fragen rund um Kurse, Handbuch und Werkzeugkasten.',
          startsAt: nextWeek,
          durationMinutes: 60,
          experts: [{ personId: personId('staff:learning') }],
          joinUrl: 'https://meet.mitmach-region.org/austausch/sprechstunde',
        },
      },
      { token: staff },
    );
    expect(scheduled.body.data?.createExchangeMeeting.userErrors).toEqual([]);
    const now = Date.now();
    const upcoming = await meetingsAs(undefined, { period: 'UPCOMING' });
    const past = await meetingsAs(undefined, { period: 'PAST' });
    const all = await meetingsAs(undefined);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(upcoming.length + past.length).toBe(all.length);
    const times = (nodes: MeetingNode[]) => nodes.map((node) => Date.parse(node.startsAt));
    for (const time of times(upcoming)) expect(time).toBeGreaterThanOrEqual(now - 5_000);
    for (const time of times(past)) expect(time).toBeLessThan(now + 5_000);
    expect(times(upcoming)).toEqual([...times(upcoming)].sort((a, b) => a - b));
    expect(times(past)).toEqual([...times(past)].sort((a, b) => b - a));
  });

  it('filters by cohort and programme and names experts as people or guests', async () => {
    const forCohort = await meetingsAs(undefined, { cohortIds: [lab2025] });
    expect(forCohort.length).toBeGreaterThanOrEqual(3);
    for (const meeting of forCohort) expect(meeting.cohort?.id).toBe(lab2025);
    const forProgram = await meetingsAs(undefined, { programIds: [companion] });
    for (const meeting of forProgram) expect(meeting.program?.id).toBe(companion);
    const energy = forProgram.find((meeting) => meeting.id === meetingSeedId('energiegemeinschaften-gruenden'));
    expect(energy?.experts).toEqual([
      { name: 'Thomas Leitner', person: null },
      { name: null, person: { id: personId(teamPersonKey('muehlviertel', 'moderator')) } },
    ]);
  });
});

describe('the join link', () => {
  it('is hidden from anonymous callers, partners, reporting and members who are not enrolled', async () => {
    const anonymous = await query<{ exchangeMeetings: { edges: { node: MeetingNode }[] } }>(meetingsQuery, {});
    expect(anonymous.headers.get('cache-control')).not.toContain('public');
    const callers = [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000bb' }),
      // A reporting dashboard sees aggregates only, even when it carries an enrolled person's id.
      await tokenFor(platform.jwtSecret, ['reporting'], {
        personId: personId(teamPersonKey('vogelsberg', 'moderator')),
      }),
    ];
    for (const token of callers) {
      const meetings = await meetingsAs(token);
      expect(meetings.length).toBeGreaterThan(5);
      expect(meetings.map((meeting) => meeting.joinUrl)).toEqual(meetings.map(() => null));
    }
  });

  it('is shown to people enrolled in the meeting cohort or programme, and only for those meetings', async () => {
    const moderator = await tokenFor(platform.jwtSecret, ['member', 'regional_team'], {
      personId: personId(teamPersonKey('vogelsberg', 'moderator')),
    });
    const meetings = await meetingsAs(moderator);
    const visible = meetings.filter((meeting) => meeting.joinUrl !== null);
    expect(visible.length).toBeGreaterThan(0);
    for (const meeting of meetings) {
      expect(meeting.joinUrl !== null).toBe(meeting.cohort?.id === lab2025);
    }
    expect(visible[0]?.joinUrl).toMatch(/^https:\/\/meet\.mitmach-region\.org\/austausch\//);

    const contact = await tokenFor(platform.jwtSecret, ['member'], {
      personId: personId(teamPersonKey('vogelsberg', 'contact')),
    });
    for (const meeting of await meetingsAs(contact)) {
      expect(meeting.joinUrl !== null).toBe(meeting.program?.id === companion);
    }
  });

  it('is shown to staff for every meeting', async () => {
    const meetings = await meetingsAs(staff);
    expect(meetings.every((meeting) => meeting.joinUrl !== null)).toBe(true);
  });
});

describe('scheduling exchange meetings', () => {
  const createMeeting = `mutation($input: CreateExchangeMeetingInput!) {
    createExchangeMeeting(input: $input) {
      meeting { id topic startsAt joinUrl cohort { title } experts { name person { id } } }
      userErrors { field message code }
    }
  }`;
  const newMeeting = (overrides: Record<string, unknown> = {}) => ({
    cohortId: lab2025,
    topic: 'Rückblick auf 15 Monate Regionallabor',
    description: 'Die Teams des Jahrgangs 2025 blicken gemeinsam auf ihre Konferenzen zurück.',
    startsAt: '2026-12-21T18:00:00+01:00',
    durationMinutes: 90,
    experts: [{ name: 'Petra Lindner' }, { personId: personId('staff:regional-lab') }],
    joinUrl: 'https://meet.mitmach-region.org/austausch/rueckblick-2025',
    ...overrides,
  });
  const meetingCount = async () =>
    (await platform.db.select({ value: count() }).from(exchangeMeetings))[0]?.value ?? -1;

  it('lets staff schedule a meeting for a cohort with a guest and a person as experts', async () => {
    const response = await query<{
      createExchangeMeeting: { meeting: MeetingNode & { cohort: { title: string } }; userErrors: unknown[] };
    }>(createMeeting, { input: newMeeting() }, { token: staff });
    expect(response.body.data?.createExchangeMeeting.userErrors).toEqual([]);
    expect(response.body.data?.createExchangeMeeting.meeting).toMatchObject({
      startsAt: '2026-12-21T17:00:00.000Z',
      joinUrl: 'https://meet.mitmach-region.org/austausch/rueckblick-2025',
      cohort: { title: 'Regionallabor 2025' },
      experts: [
        { name: 'Petra Lindner', person: null },
        { name: null, person: { id: personId('staff:regional-lab') } },
      ],
    });
  });

  it('refuses unclear targets and experts, a time outside the cohort and a bad link, writing nothing', async () => {
    const before = await meetingCount();
    const both = await query<{ createExchangeMeeting: { userErrors: { field: string[]; code: string }[] } }>(
      createMeeting,
      {
        input: newMeeting({
          programId: companion,
          experts: [{ name: 'Petra Lindner', personId: personId('staff:learning') }],
        }),
      },
      { token: staff },
    );
    expect(
      both.body.data?.createExchangeMeeting.userErrors.map((error) => [error.field.join('.'), error.code]),
    ).toEqual([
      ['input.programId', 'EXACTLY_ONE_OF'],
      ['input.experts.0', 'EXACTLY_ONE_OF'],
    ]);
    const none = await query<{ createExchangeMeeting: { userErrors: { code: string }[] } }>(
      createMeeting,
      { input: newMeeting({ experts: [], durationMinutes: 5 }) },
      { token: staff },
    );
    expect(none.body.data?.createExchangeMeeting.userErrors.map((error) => error.code)).toEqual([
      'OUT_OF_RANGE',
      'OUT_OF_RANGE',
    ]);
    const outside = await query<{ createExchangeMeeting: { userErrors: { code: string }[] } }>(
      createMeeting,
      { input: newMeeting({ startsAt: '2027-03-01T18:00:00+01:00' }) },
      { token: staff },
    );
    expect(outside.body.data?.createExchangeMeeting.userErrors.map((error) => error.code)).toEqual(['OUTSIDE_COHORT']);
    const badLink = await query(
      createMeeting,
      { input: newMeeting({ joinUrl: 'ftp://example.org' }) },
      { token: staff },
    );
    expect(errorCodes(badLink)).toEqual(['BAD_USER_INPUT']);
    expect(await meetingCount()).toBe(before);
  });

  it('refuses regional teams with FORBIDDEN', async () => {
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], {
      personId: '00000000-0000-4000-8000-0000000000cc',
    });
    expect(errorCodes(await query(createMeeting, { input: newMeeting() }, { token: team }))).toEqual(['FORBIDDEN']);
  });

  it('lets staff replace the experts and move a meeting', async () => {
    const response = await query<{
      updateExchangeMeeting: {
        meeting: { startsAt: string; experts: { name: string | null }[] };
        userErrors: unknown[];
      };
    }>(
      `mutation($input: UpdateExchangeMeetingInput!) {
        updateExchangeMeeting(input: $input) { meeting { startsAt experts { name } } userErrors { code } } }`,
      {
        input: {
          meetingId: meetingSeedId('moderation-hybrider-veranstaltungen'),
          startsAt: '2027-01-27T18:00:00+01:00',
          experts: [{ name: 'Jonas Peters' }, { name: 'Aylin Demir' }],
        },
      },
      { token: staff },
    );
    expect(response.body.data?.updateExchangeMeeting).toEqual({
      meeting: { startsAt: '2027-01-27T17:00:00.000Z', experts: [{ name: 'Jonas Peters' }, { name: 'Aylin Demir' }] },
      userErrors: [],
    });
  });
});
