import { randomUUID } from 'node:crypto';
import { cohortId, courseId, programId } from '@mitmach/demo-network';
import { EventPayloadError, openPersonRefs } from '@mitmach/events';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { asc, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enrollments, outbox, personKeys } from '../db/schema';
import { insertEnrollment } from '../modules/enrollments/enrollments.repository';
import { seedEnrollmentPlan } from '../seed/enrollments';
import { enrollmentSeedId, lessonSeedId } from '../seed/seed';
import { startLearning } from '../testing/start-learning';
import { enrollmentChanged } from './enrollment-events';

const { platform, query, staff } = await startForFile(startLearning);

interface Payload {
  enrollment: { id: string; percentComplete: number; status: string } | null;
  userErrors: { field: string[]; code: string }[];
}

async function memberToken(id = randomUUID()) {
  return { id, token: await tokenFor(platform.jwtSecret, ['member'], { personId: id }) };
}

async function mutate<Result = Payload>(
  field: string,
  inputType: string,
  input: Record<string, unknown>,
  token: string,
  selection = 'enrollment { id percentComplete status } userErrors { field code }',
): Promise<Result> {
  const response = await query<Record<string, Result>>(
    `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
    { input },
    { token },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.[field] as Result;
}

const enroll = (token: string, input: Record<string, unknown>) => mutate('enroll', 'EnrollInput', input, token);
const complete = (token: string, enrollmentId: string, lessonId: string) =>
  mutate('completeLesson', 'CompleteLessonInput', { enrollmentId, lessonId }, token);
const withdraw = (token: string, enrollmentId: string) =>
  mutate('withdrawEnrollment', 'WithdrawEnrollmentInput', { enrollmentId }, token);

/** The enrollment-changed events of the enrolments, in the order they were written. */
async function eventsOf(...enrollmentIds: string[]) {
  return platform.db
    .select()
    .from(outbox)
    .where(inArray(outbox.aggregateId, enrollmentIds))
    .orderBy(asc(outbox.position));
}

const payloadsOf = async (...enrollmentIds: string[]) =>
  (await eventsOf(...enrollmentIds)).map((row) => row.payload as Record<string, unknown>);

const outboxSize = async () => (await platform.db.select({ value: count() }).from(outbox))[0]?.value ?? -1;

async function rowOf(id: string) {
  const [row] = await platform.db.select().from(enrollments).where(eq(enrollments.id, id));
  if (!row) throw new Error(`no enrollment ${id}`);
  return row;
}

describe('the seed', () => {
  it('writes one event per seeded enrolment with its current state', async () => {
    const plan = seedEnrollmentPlan();
    const ids = plan.map((enrollment) => enrollmentSeedId(enrollment.key));
    const events = await eventsOf(...ids);
    expect(events.map((event) => event.aggregateId).sort()).toEqual([...ids].sort());
    const rows = new Map(
      (await platform.db.select().from(enrollments).where(inArray(enrollments.id, ids))).map((row) => [row.id, row]),
    );
    const statuses = new Set<unknown>();
    for (const event of events) {
      const row = rows.get(event.aggregateId);
      const payload = event.payload as Record<string, unknown>;
      statuses.add(payload.status);
      expect(event).toMatchObject({ name: 'learning.enrollment-changed', version: 1, topic: 'learning.enrollment.v1' });
      expect(payload).toMatchObject({
        enrollmentId: row?.id,
        personId: null,
        status: row?.withdrawnAt ? 'withdrawn' : row?.completedAt ? 'completed' : 'enrolled',
        percentComplete: row?.percentComplete,
        completedAt: row?.completedAt?.toISOString() ?? null,
      });
      expect(Date.parse(payload.changedAt as string)).toBeGreaterThanOrEqual(row?.enrolledAt.getTime() ?? Infinity);
    }
    // The demo network has learners in every state, so the read models see all of them.
    expect([...statuses].sort()).toEqual(['completed', 'enrolled', 'withdrawn']);
    const cohortTargets = events
      .map((event) => (event.payload as { target: { kind: string; title: string } }).target)
      .filter((target) => target.kind === 'cohort');
    expect(cohortTargets.map((target) => target.title)).toContain('Regionallabor 2025');
  });
});

describe('enrolling, progressing, completing and withdrawing', () => {
  const networking = courseId('vernetzung-und-kooperation');
  const lesson = (position: number) => lessonSeedId('vernetzung-und-kooperation', position);

  it('writes the new enrolment, every lesson of progress, the completion and the withdrawal', async () => {
    const member = await memberToken();
    const enrolled = await enroll(member.token, { courseId: networking });
    const id = enrolled.enrollment?.id as string;
    const [created] = await eventsOf(id);
    expect(created).toMatchObject({
      name: 'learning.enrollment-changed',
      version: 1,
      topic: 'learning.enrollment.v1',
      aggregateType: 'enrollment',
      aggregateId: id,
      source: 'learning',
      publishedAt: null,
    });
    const row = await rowOf(id);
    expect(created?.payload).toEqual({
      enrollmentId: id,
      personId: null,
      personRef: expect.stringMatching(/^pk1\./),
      target: { kind: 'course', id: networking, title: 'Vernetzung und Kooperation' },
      regionId: null,
      status: 'enrolled',
      percentComplete: 0,
      completedAt: null,
      changedAt: row.enrolledAt.toISOString(),
    });

    for (const position of [1, 2, 3, 4])
      expect((await complete(member.token, id, lesson(position))).userErrors).toEqual([]);
    const completedAt = (await rowOf(id)).completedAt?.toISOString();
    expect(completedAt).toBeDefined();
    expect(
      (await payloadsOf(id)).map((payload) => [payload.status, payload.percentComplete, payload.completedAt]),
    ).toEqual([
      ['enrolled', 0, null],
      ['enrolled', 25, null],
      ['enrolled', 50, null],
      ['enrolled', 75, null],
      ['completed', 100, completedAt],
    ]);

    // Completing a lesson again records nothing, so it reports nothing.
    const before = await outboxSize();
    expect((await complete(member.token, id, lesson(2))).userErrors).toEqual([]);
    expect(await outboxSize()).toBe(before);

    expect((await withdraw(member.token, id)).enrollment?.status).toBe('WITHDRAWN');
    const withdrawnAt = (await rowOf(id)).withdrawnAt?.toISOString();
    // The person travels sealed with their key, which only this service holds.
    const refs = (await payloadsOf(id)).map((payload) => (payload as { personRef: string }).personRef);
    expect(JSON.stringify(refs)).not.toContain(member.id);
    expect(await openPersonRefs(platform.db, personKeys, refs)).toEqual(refs.map(() => member.id));
    expect((await payloadsOf(id)).at(-1)).toEqual({
      enrollmentId: id,
      personId: null,
      personRef: expect.stringMatching(/^pk1\./),
      target: { kind: 'course', id: networking, title: 'Vernetzung und Kooperation' },
      regionId: null,
      status: 'withdrawn',
      percentComplete: 100,
      completedAt,
      changedAt: withdrawnAt,
    });
  });

  it('names a programme or a cohort as the target', async () => {
    const member = await memberToken();
    const inProgram = await enroll(member.token, { programId: programId('ausbildung-regional-moderation') });
    const inCohort = await enroll(staff, { personId: member.id, cohortId: cohortId('regionallabor-2025') });
    const [program] = await payloadsOf(inProgram.enrollment?.id as string);
    const [cohort] = await payloadsOf(inCohort.enrollment?.id as string);
    expect(program?.target).toEqual({
      kind: 'program',
      id: programId('ausbildung-regional-moderation'),
      title: 'Ausbildung Regional-Moderation',
    });
    expect(cohort?.target).toEqual({ kind: 'cohort', id: cohortId('regionallabor-2025'), title: 'Regionallabor 2025' });
    const refs = [program, cohort].map((payload) => (payload as { personRef: string }).personRef);
    expect(await openPersonRefs(platform.db, personKeys, refs)).toEqual([member.id, member.id]);
  });

  it('writes nothing for rejected or forbidden mutations', async () => {
    const member = await memberToken();
    const id = (await enroll(member.token, { courseId: networking })).enrollment?.id as string;
    const before = await outboxSize();

    expect((await enroll(member.token, { courseId: networking })).userErrors.map((error) => error.code)).toEqual([
      'ALREADY_ENROLLED',
    ]);
    expect((await enroll(member.token, { courseId: randomUUID() })).userErrors.map((error) => error.code)).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      (await complete(member.token, id, lessonSeedId('pressearbeit', 1))).userErrors.map((error) => error.code),
    ).toEqual(['LESSON_NOT_IN_ENROLLMENT']);
    const stranger = await memberToken();
    const forbidden = await query(
      'mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { userErrors { code } } }',
      { input: { enrollmentId: id, lessonId: lesson(1) } },
      { token: stranger.token },
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect((await withdraw(member.token, id)).userErrors).toEqual([]);
    const afterWithdrawal = await outboxSize();
    expect(afterWithdrawal).toBe(before + 1);
    expect((await withdraw(member.token, id)).userErrors.map((error) => error.code)).toEqual(['ALREADY_WITHDRAWN']);
    expect((await complete(member.token, id, lesson(1))).userErrors.map((error) => error.code)).toEqual(['WITHDRAWN']);
    expect(await outboxSize()).toBe(afterWithdrawal);
  });

  it('rolls the enrolment back when its event breaks the contract', async () => {
    const personId = randomUUID();
    const write = platform.db.transaction(async (tx) => {
      const row = await insertEnrollment(tx, { personId, courseId: networking });
      if (!row) throw new Error('not inserted');
      await enrollmentChanged(tx, { ...row, percentComplete: 150 });
    });
    await expect(write).rejects.toThrow(EventPayloadError);
    await expect(write).rejects.toThrow(/learning\.enrollment-changed v1 has an invalid payload: percentComplete/);
    expect(await platform.db.select().from(enrollments).where(eq(enrollments.personId, personId))).toEqual([]);
  });
});

describe('recomputed progress', () => {
  const courseFields = 'course { id } userErrors { field code }';

  it('reports the enrolments whose percentage changes when lessons or programme courses change, and only those', async () => {
    const course = await mutate<{ course: { id: string } }>(
      'createCourse',
      'CreateCourseInput',
      { topic: 'PRESS_WORK', title: 'Leserbriefe schreiben', description: 'Wie ein Leserbrief gedruckt wird.' },
      staff,
      courseFields,
    );
    const newCourse = course.course.id;
    const addLesson = (title: string, position?: number) =>
      mutate<{ lesson: { id: string } | null; userErrors: { code: string }[] }>(
        'createLesson',
        'CreateLessonInput',
        {
          courseId: newCourse,
          ...(position ? { position } : {}),
          kind: 'TEXT',
          title,
          summary: 'Eine kurze Lektion über Leserbriefe.',
          durationMinutes: 10,
        },
        staff,
        'lesson { id } userErrors { code }',
      );
    const first = (await addLesson('Der Anlass')).lesson?.id as string;
    const second = (await addLesson('Der Aufbau')).lesson?.id as string;

    const halfway = await memberToken();
    const untouched = await memberToken();
    const finished = await memberToken();
    const halfwayId = (await enroll(halfway.token, { courseId: newCourse })).enrollment?.id as string;
    const untouchedId = (await enroll(untouched.token, { courseId: newCourse })).enrollment?.id as string;
    const finishedId = (await enroll(finished.token, { courseId: newCourse })).enrollment?.id as string;
    await complete(halfway.token, halfwayId, first);
    await complete(finished.token, finishedId, first);
    await complete(finished.token, finishedId, second);
    const finishedAt = (await rowOf(finishedId)).completedAt?.toISOString();

    const before = await outboxSize();
    expect((await addLesson('Zu weit hinten', 9)).userErrors.map((error) => error.code)).toEqual([
      'POSITION_OUT_OF_RANGE',
    ]);
    expect(await outboxSize()).toBe(before);

    await addLesson('Die Kürzung');
    const written = (await eventsOf(halfwayId, untouchedId, finishedId)).slice(-2);
    // The two enrolments whose progress fell, and the new lesson's change event.
    expect(await outboxSize()).toBe(before + 3);
    expect(
      written.map((event) => [event.aggregateId, (event.payload as { percentComplete: number }).percentComplete]),
    ).toEqual(
      expect.arrayContaining([
        [halfwayId, 33],
        [finishedId, 66],
      ]),
    );
    // A completion stays a completion when a lesson is added later.
    expect(written.find((event) => event.aggregateId === finishedId)?.payload).toMatchObject({
      status: 'completed',
      completedAt: finishedAt,
      personId: null,
    });

    const program = await mutate<{ program: { id: string } }>(
      'createProgram',
      'CreateProgramInput',
      {
        kind: 'MODERATOR_TRAINING',
        title: 'Pressewerkstatt',
        description: 'Eine Ausbildung für die Pressearbeit der Regionen.',
        durationMonths: 6,
        courseIds: [newCourse],
      },
      staff,
      'program { id } userErrors { code }',
    );
    const learner = await memberToken();
    const inProgram = (await enroll(learner.token, { programId: program.program.id })).enrollment?.id as string;
    await complete(learner.token, inProgram, first);
    expect((await payloadsOf(inProgram)).at(-1)?.percentComplete).toBe(33);

    const count = await outboxSize();
    await mutate(
      'updateProgram',
      'UpdateProgramInput',
      {
        programId: program.program.id,
        title: 'Presse- und Moderationswerkstatt',
        courseIds: [newCourse, courseId('moderation')],
      },
      staff,
      'program { id } userErrors { code }',
    );
    // The three course enrolments are untouched; the programme enrolment now covers 3 + 6 lessons, and the
    // programme writes its own change event.
    expect(await outboxSize()).toBe(count + 2);
    expect((await payloadsOf(inProgram)).at(-1)).toMatchObject({
      target: { kind: 'program', id: program.program.id, title: 'Presse- und Moderationswerkstatt' },
      status: 'enrolled',
      percentComplete: 11,
    });
  });
});
