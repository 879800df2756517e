import { randomUUID } from 'node:crypto';
import { cohortId, courseId, personId, programId, teamPersonKey } from '@mitmach/demo-network';
import { errorCodes, graphqlClient, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enrollments, lessonCompletions, outbox } from '../../db/schema';
import { lessonSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

const enrollmentFields = `id status percentComplete completedAt withdrawnAt person { id }
  course { title } program { title } cohort { title } lessonsCompleted { lesson { id } completedAt }`;

interface EnrollmentNode {
  id: string;
  status: string;
  percentComplete: number;
  completedAt: string | null;
  withdrawnAt: string | null;
  person: { id: string };
  course: { title: string } | null;
  program: { title: string } | null;
  cohort: { title: string } | null;
  lessonsCompleted: { lesson: { id: string }; completedAt: string }[];
}

interface Payload {
  enrollment: EnrollmentNode | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

const enrollMutation = `mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { ${enrollmentFields} } userErrors { field message code } } }`;
const completeMutation = `mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { enrollment { ${enrollmentFields} } userErrors { field message code } } }`;
const withdrawMutation = `mutation($input: WithdrawEnrollmentInput!) { withdrawEnrollment(input: $input) { enrollment { ${enrollmentFields} } userErrors { field message code } } }`;

async function memberToken(id = randomUUID()) {
  return { id, token: await tokenFor(platform.jwtSecret, ['member'], { personId: id }) };
}

async function enroll(token: string, input: Record<string, unknown>): Promise<Payload> {
  const response = await query<{ enroll: Payload }>(enrollMutation, { input }, { token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.enroll as Payload;
}

async function complete(token: string, enrollmentId: string | undefined, lessonId: string): Promise<Payload> {
  const response = await query<{ completeLesson: Payload }>(
    completeMutation,
    { input: { enrollmentId, lessonId } },
    { token },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.completeLesson as Payload;
}

/** A day relative to today, so that the tests keep working as the calendar moves on. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A Regionallabor cohort that is running now: its application deadline has passed, its end lies ahead. */
async function runningCohort(title: string): Promise<string> {
  const response = await query<{ createCohort: { cohort: { id: string } } }>(
    'mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { code } } }',
    {
      input: {
        programId: programId('regionallabor'),
        title,
        startsOn: daysFromNow(-30),
        endsOn: daysFromNow(400),
        applicationDeadline: daysFromNow(-60),
      },
    },
    { token: staff },
  );
  return response.body.data?.createCohort.cohort.id as string;
}

const enrollmentCount = async () => (await platform.db.select({ value: count() }).from(enrollments))[0]?.value ?? -1;
const completionCount = async (id: string) =>
  (
    await platform.db.select({ value: count() }).from(lessonCompletions).where(eq(lessonCompletions.enrollmentId, id))
  )[0]?.value ?? -1;

describe('enrolling in a course and completing its lessons', () => {
  const networking = courseId('vernetzung-und-kooperation');
  const lesson = (position: number) => lessonSeedId('vernetzung-und-kooperation', position);

  it('takes a member from 0 % to 100 %, sets completedAt once, and ignores a repeated completion', async () => {
    const member = await memberToken();
    const enrolled = await enroll(member.token, { courseId: networking });
    expect(enrolled.userErrors).toEqual([]);
    expect(enrolled.enrollment).toMatchObject({
      status: 'ACTIVE',
      percentComplete: 0,
      completedAt: null,
      person: { id: member.id },
      course: { title: 'Vernetzung und Kooperation' },
      program: null,
      cohort: null,
    });
    const id = enrolled.enrollment?.id;

    const progress: number[] = [];
    for (const position of [1, 3, 2]) {
      const step = await complete(member.token, id, lesson(position));
      expect(step.userErrors).toEqual([]);
      expect(step.enrollment?.completedAt).toBeNull();
      progress.push(step.enrollment?.percentComplete ?? -1);
    }
    expect(progress).toEqual([25, 50, 75]);

    const done = await complete(member.token, id, lesson(4));
    expect(done.enrollment).toMatchObject({ percentComplete: 100, status: 'COMPLETED' });
    expect(done.enrollment?.completedAt).not.toBeNull();
    expect(done.enrollment?.completedAt).toBe(done.enrollment?.lessonsCompleted.at(-1)?.completedAt);
    expect(done.enrollment?.lessonsCompleted.map((entry) => entry.lesson.id)).toEqual([1, 3, 2, 4].map(lesson));

    const again = await complete(member.token, id, lesson(4));
    expect(again).toEqual(done);
    const earlier = await complete(member.token, id, lesson(1));
    expect(earlier).toEqual(done);
    expect(await completionCount(id ?? '')).toBe(4);
  });

  it('refuses a lesson of another course and an unknown lesson, writing nothing', async () => {
    const member = await memberToken();
    const id = (await enroll(member.token, { courseId: networking })).enrollment?.id;
    const other = await complete(member.token, id, lessonSeedId('pressearbeit', 1));
    expect(other).toEqual({
      enrollment: null,
      userErrors: [
        {
          field: ['input', 'lessonId'],
          code: 'LESSON_NOT_IN_ENROLLMENT',
          message:
            '"Warum Pressearbeit für Mitmach-Regionen wichtig ist" belongs to a course this enrolment does not cover.',
        },
      ],
    });
    const unknown = await complete(member.token, id, randomUUID());
    expect(unknown.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.lessonId', 'NOT_FOUND'],
    ]);
    expect(await completionCount(id ?? '')).toBe(0);
  });

  it('refuses a second live enrolment with ALREADY_ENROLLED', async () => {
    const member = await memberToken();
    expect((await enroll(member.token, { courseId: networking })).userErrors).toEqual([]);
    const before = await enrollmentCount();
    const again = await enroll(member.token, { courseId: networking });
    expect(again).toEqual({
      enrollment: null,
      userErrors: [
        { field: ['input', 'courseId'], code: 'ALREADY_ENROLLED', message: 'The person is enrolled here already.' },
      ],
    });
    expect(await enrollmentCount()).toBe(before);
  });

  it('lets only the enrolled person record progress', async () => {
    const owner = await memberToken();
    const id = (await enroll(owner.token, { courseId: networking })).enrollment?.id;
    const stranger = await memberToken();
    for (const token of [stranger.token, staff]) {
      const response = await query(completeMutation, { input: { enrollmentId: id, lessonId: lesson(1) } }, { token });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    const anonymous = await query(completeMutation, { input: { enrollmentId: id, lessonId: lesson(1) } });
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
    expect(await completionCount(id ?? '')).toBe(0);
  });
});

describe('enrolling in a programme or a cohort', () => {
  it('counts the lessons of every course the programme includes', async () => {
    const member = await memberToken();
    const enrolled = await enroll(member.token, { programId: programId('ausbildung-regional-moderation') });
    expect(enrolled.enrollment?.program?.title).toBe('Ausbildung Regional-Moderation');
    const id = enrolled.enrollment?.id;
    // Moderation (6 lessons) and networking (4 lessons).
    const step = await complete(member.token, id, lessonSeedId('moderation', 1));
    expect(step.enrollment?.percentComplete).toBe(10);
    const outside = await complete(member.token, id, lessonSeedId('pressearbeit', 1));
    expect(outside.userErrors.map((error) => error.code)).toEqual(['LESSON_NOT_IN_ENROLLMENT']);
  });

  it('closes a cohort to members after its application deadline, and to everyone after its end', async () => {
    const running = await runningCohort('Regionallabor laufend');
    const deadline = daysFromNow(-60);
    const member = await memberToken();
    const late = await enroll(member.token, { cohortId: running });
    expect(late.userErrors).toEqual([
      {
        field: ['input', 'cohortId'],
        code: 'DEADLINE_PASSED',
        message: `Applications for Regionallabor laufend closed on ${deadline}.`,
      },
    ]);
    const byStaff = await enroll(staff, { personId: member.id, cohortId: running });
    expect(byStaff.userErrors).toEqual([]);
    expect(byStaff.enrollment?.cohort?.title).toBe('Regionallabor laufend');
    const ended = await enroll(staff, { personId: member.id, cohortId: cohortId('regionallabor-2024') });
    expect(ended.userErrors.map((error) => error.code)).toEqual(['COHORT_ENDED']);
  });

  it('lets a member enrol in an open cohort, covering the lessons of its programme', async () => {
    const created = await query<{ createCohort: { cohort: { id: string } } }>(
      `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } userErrors { code } } }`,
      {
        input: {
          programId: programId('regionallabor'),
          title: 'Regionallabor kommend',
          startsOn: daysFromNow(120),
          endsOn: daysFromNow(575),
          applicationDeadline: daysFromNow(60),
        },
      },
      { token: staff },
    );
    const member = await memberToken();
    const enrolled = await enroll(member.token, { cohortId: created.body.data?.createCohort.cohort.id });
    expect(enrolled.userErrors).toEqual([]);
    // The Regionallabor includes press work and event organisation: 10 lessons.
    const step = await complete(member.token, enrolled.enrollment?.id, lessonSeedId('veranstaltungsorganisation', 2));
    expect(step.enrollment?.percentComplete).toBe(10);
  });

  it('names the region the person learns for in its event, for a cohort only a region taking part in it', async () => {
    const member = await memberToken();
    const before = await enrollmentCount();
    const running = await runningCohort('Regionallabor mit Regionen');
    const outside = await enroll(staff, { personId: member.id, cohortId: running, regionId: randomUUID() });
    expect(outside.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.regionId', 'REGION_NOT_IN_COHORT'],
    ]);
    expect(await enrollmentCount()).toBe(before);
    const regionId = randomUUID();
    const enrolled = await enroll(member.token, { courseId: courseId('moderation'), regionId });
    expect(enrolled.userErrors).toEqual([]);
    const [event] = await platform.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.aggregateId, enrolled.enrollment?.id as string));
    expect(event?.payload).toMatchObject({ regionId });
  });

  it('requires exactly one existing target', async () => {
    const member = await memberToken();
    const before = await enrollmentCount();
    const none = await enroll(member.token, {});
    const two = await enroll(member.token, { courseId: courseId('moderation'), programId: programId('regionallabor') });
    for (const payload of [none, two]) {
      expect(payload.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
        ['input', 'EXACTLY_ONE_OF'],
      ]);
    }
    const unknown = await enroll(member.token, { courseId: randomUUID() });
    expect(unknown.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.courseId', 'NOT_FOUND'],
    ]);
    expect(await enrollmentCount()).toBe(before);
  });
});

describe('who may enrol whom', () => {
  it('lets staff enrol anyone and members only themselves', async () => {
    const someone = randomUUID();
    const byStaff = await enroll(staff, { personId: someone, courseId: courseId('moderation') });
    expect(byStaff.enrollment?.person.id).toBe(someone);
    const before = await enrollmentCount();
    const member = await memberToken();
    const forOther = await query(
      enrollMutation,
      { input: { personId: someone, courseId: courseId('pressearbeit') } },
      {
        token: member.token,
      },
    );
    expect(errorCodes(forOther)).toEqual(['FORBIDDEN']);
    const self = await enroll(member.token, { personId: member.id, courseId: courseId('pressearbeit') });
    expect(self.userErrors).toEqual([]);
    expect(await enrollmentCount()).toBe(before + 1);
  });

  it('refuses anonymous callers, partners and reporting with FORBIDDEN, writing nothing', async () => {
    const before = await enrollmentCount();
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['reporting'], { personId: randomUUID() }),
    ]) {
      const response = await query(
        enrollMutation,
        { input: { courseId: courseId('moderation') } },
        token ? { token } : {},
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await enrollmentCount()).toBe(before);
  });
});

describe('withdrawing', () => {
  it('ends the enrolment, stops progress and allows a fresh enrolment later', async () => {
    const member = await memberToken();
    const id = (await enroll(member.token, { courseId: courseId('moderation') })).enrollment?.id;
    const stranger = await memberToken();
    expect(
      errorCodes(await query(withdrawMutation, { input: { enrollmentId: id } }, { token: stranger.token })),
    ).toEqual(['FORBIDDEN']);
    const withdrawn = await query<{ withdrawEnrollment: Payload }>(
      withdrawMutation,
      { input: { enrollmentId: id } },
      {
        token: member.token,
      },
    );
    expect(withdrawn.body.data?.withdrawEnrollment.enrollment?.status).toBe('WITHDRAWN');
    const again = await query<{ withdrawEnrollment: Payload }>(
      withdrawMutation,
      { input: { enrollmentId: id } },
      {
        token: member.token,
      },
    );
    expect(again.body.data?.withdrawEnrollment.userErrors.map((error) => error.code)).toEqual(['ALREADY_WITHDRAWN']);
    const progress = await complete(member.token, id, lessonSeedId('moderation', 1));
    expect(progress.userErrors.map((error) => error.code)).toEqual(['WITHDRAWN']);
    const fresh = await enroll(member.token, { courseId: courseId('moderation') });
    expect(fresh.userErrors).toEqual([]);
    expect(fresh.enrollment?.id).not.toBe(id);
  });

  it('takes the join link of cohort meetings away with the enrolment', async () => {
    const running = await runningCohort('Regionallabor mit Austausch');
    const scheduled = await query<{ createExchangeMeeting: { userErrors: unknown[] } }>(
      `mutation($input: CreateExchangeMeetingInput!) { createExchangeMeeting(input: $input) { userErrors { code } } }`,
      {
        input: {
          cohortId: running,
          topic: 'Austausch zur Halbzeit',
          description: 'Die Regionen des Jahrgangs berichten einander von ihren Fortschritten.',
          startsAt: `${daysFromNow(14)}T18:00:00+01:00`,
          durationMinutes: 60,
          experts: [{ name: 'Petra Lindner' }],
          joinUrl: 'https://meet.mitmach-region.org/austausch/halbzeit',
        },
      },
      { token: staff },
    );
    expect(scheduled.body.data?.createExchangeMeeting.userErrors).toEqual([]);
    const member = await memberToken();
    const id = (await enroll(staff, { personId: member.id, cohortId: running })).enrollment?.id;
    const links = async () => {
      const response = await query<{ exchangeMeetings: { edges: { node: { joinUrl: string | null } }[] } }>(
        'query($ids: [UUID!]) { exchangeMeetings(filter: { cohortIds: $ids }) { edges { node { joinUrl } } } }',
        { ids: [running] },
        { token: member.token },
      );
      return response.body.data?.exchangeMeetings.edges.map((edge) => edge.node.joinUrl) ?? [];
    };
    expect(await links()).toEqual(['https://meet.mitmach-region.org/austausch/halbzeit']);
    await query(withdrawMutation, { input: { enrollmentId: id } }, { token: staff });
    expect(await links()).toEqual([null]);
  });
});

describe('privacy of enrolments', () => {
  const myEnrollments = `{ myEnrollments(first: 50) { totalCount edges { node { ${enrollmentFields} } } } }`;

  it('shows a seeded moderator their own enrolments and progress, never cacheable', async () => {
    const moderator = personId(teamPersonKey('vogelsberg', 'moderator'));
    const token = await tokenFor(platform.jwtSecret, ['member', 'regional_team'], { personId: moderator });
    const response = await query<{ myEnrollments: { totalCount: number; edges: { node: EnrollmentNode }[] } }>(
      myEnrollments,
      {},
      { token },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).not.toMatch(/public|max-age=[1-9]/);
    const nodes = response.body.data?.myEnrollments.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.person.id).toBe(moderator);
    expect(nodes.map((node) => node.cohort?.title)).toContain('Regionallabor 2025');
  });

  it('refuses myEnrollments to anonymous callers, partners and reporting', async () => {
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['reporting'], {
        personId: personId(teamPersonKey('vogelsberg', 'moderator')),
      }),
    ]) {
      const response = await query(myEnrollments, {}, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.body.data ?? null).toBeNull();
    }
  });

  it('lists everyone’s enrolments for staff only', async () => {
    const list = `query($filter: EnrollmentFilter) { enrollments(first: 100, filter: $filter) { totalCount edges { node { status course { title } } } } }`;
    const filter = { courseId: courseId('vernetzung-und-kooperation'), statuses: ['COMPLETED'] };
    const response = await query<{ enrollments: { totalCount: number; edges: { node: { status: string } }[] } }>(
      list,
      { filter },
      { token: staff },
    );
    expect(response.body.data?.enrollments.totalCount).toBeGreaterThan(0);
    expect(new Set(response.body.data?.enrollments.edges.map((edge) => edge.node.status))).toEqual(
      new Set(['COMPLETED']),
    );
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['reporting']),
      await tokenFor(platform.jwtSecret, ['member'], { personId: randomUUID() }),
      await tokenFor(platform.jwtSecret, ['regional_team'], { personId: randomUUID() }),
    ]) {
      expect(errorCodes(await query(list, { filter }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
  });

  it('resolves no Enrollment entity for an anonymous caller, and answers one without the gateway header with 401', async () => {
    const [seeded] = await platform.db.select({ id: enrollments.id }).from(enrollments).limit(1);
    const entities =
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Enrollment { percentComplete person { id } } } }';
    const variables = { representations: [{ __typename: 'Enrollment', id: seeded?.id }] };
    const response = await platform.subgraphClient('learning')<{ _entities: unknown[] }>(entities, variables);
    expect(response.body.data?._entities).toEqual([null]);
    expect((await graphqlClient(platform.subgraphUrl)(entities, variables)).status).toBe(401);
  });
});
