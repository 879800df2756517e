import { courseId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enrollments, lessons } from '../../db/schema';
import { chapterSeedId, lessonSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

const createLesson = `mutation($input: CreateLessonInput!) {
  createLesson(input: $input) {
    lesson { id position kind title handbookChapter { number title } course { title } }
    userErrors { field message code }
  }
}`;
const updateLesson = `mutation($input: UpdateLessonInput!) {
  updateLesson(input: $input) { lesson { id position title } userErrors { field code } }
}`;

interface LessonPayload {
  lesson: { id: string; position: number; kind: string; title: string } | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

const titlesOf = async (course: string) =>
  (
    await platform.db
      .select({ position: lessons.position, title: lessons.title })
      .from(lessons)
      .where(eq(lessons.courseId, course))
      .orderBy(asc(lessons.position))
  ).map((row) => `${row.position}:${row.title}`);

describe('creating lessons', () => {
  it('inserts a lesson at a position and moves the later ones down', async () => {
    const course = courseId('vernetzung-und-kooperation');
    const before = await titlesOf(course);
    const response = await query<{ createLesson: LessonPayload }>(
      createLesson,
      {
        input: {
          courseId: course,
          position: 2,
          kind: 'HANDBOOK_CHAPTER',
          title: 'Handbuch: Weggemeinschaften und Austausch',
          summary: 'Das Kapitel über Weggemeinschaften und kollegiale Beratung lesen.',
          durationMinutes: 25,
          handbookChapterId: chapterSeedId(11),
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createLesson.userErrors).toEqual([]);
    expect(response.body.data?.createLesson.lesson).toMatchObject({
      position: 2,
      handbookChapter: { number: 11, title: 'Weggemeinschaften und Austausch' },
      course: { title: 'Vernetzung und Kooperation' },
    });
    const after = await titlesOf(course);
    expect(after.map((entry) => entry.split(':')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(after.map((entry) => entry.slice(2))).toEqual([
      before[0]?.slice(2),
      'Handbuch: Weggemeinschaften und Austausch',
      ...before.slice(1).map((entry) => entry.slice(2)),
    ]);
  });

  it('recomputes the progress of everyone enrolled, keeping earlier completions', async () => {
    const course = courseId('pressearbeit');
    const completedBefore = await platform.db
      .select()
      .from(enrollments)
      .where(
        and(eq(enrollments.courseId, course), isNull(enrollments.withdrawnAt), isNotNull(enrollments.completedAt)),
      );
    expect(completedBefore.length).toBeGreaterThan(0);
    expect(completedBefore.every((row) => row.percentComplete === 100)).toBe(true);
    const response = await query<{ createLesson: LessonPayload }>(
      createLesson,
      {
        input: {
          courseId: course,
          kind: 'VIDEO',
          title: 'Interviews geben',
          summary: 'Erklärvideo: Wie man sich auf ein Interview mit Radio oder Zeitung vorbereitet.',
          durationMinutes: 10,
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createLesson.lesson?.position).toBe(6);
    const after = await platform.db
      .select()
      .from(enrollments)
      .where(
        and(eq(enrollments.courseId, course), isNotNull(enrollments.completedAt), isNull(enrollments.withdrawnAt)),
      );
    // Five of six lessons done: 83 %, while the completion date stays.
    expect(after.map((row) => row.percentComplete)).toEqual(completedBefore.map(() => 83));
    expect(after.map((row) => row.completedAt?.toISOString()).sort()).toEqual(
      completedBefore.map((row) => row.completedAt?.toISOString()).sort(),
    );
  });

  it('refuses a gap, a chapter lesson without chapter and an unknown chapter, writing nothing', async () => {
    const course = courseId('moderation');
    const [before] = await platform.db.select({ value: count() }).from(lessons).where(eq(lessons.courseId, course));
    const input = {
      courseId: course,
      kind: 'HANDBOOK_CHAPTER',
      title: 'Handbuch: Die Initiativen-Landkarte',
      summary: 'Das Kapitel zur Landkarte lesen und die Moderation vorbereiten.',
      durationMinutes: 20,
    };
    const gap = await query<{ createLesson: LessonPayload }>(
      createLesson,
      { input: { ...input, position: 9, handbookChapterId: chapterSeedId(7) } },
      { token: staff },
    );
    expect(gap.body.data?.createLesson.userErrors).toEqual([
      {
        field: ['input', 'position'],
        code: 'POSITION_OUT_OF_RANGE',
        message: 'Lessons run from position 1 to 7 without gaps, so 9 is not possible.',
      },
    ]);
    const noChapter = await query<{ createLesson: LessonPayload }>(createLesson, { input }, { token: staff });
    expect(noChapter.body.data?.createLesson.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.handbookChapterId', 'REQUIRED'],
    ]);
    const unknown = await query<{ createLesson: LessonPayload }>(
      createLesson,
      { input: { ...input, handbookChapterId: '00000000-0000-4000-8000-000000000000' } },
      { token: staff },
    );
    expect(unknown.body.data?.createLesson.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const invalid = await query<{ createLesson: LessonPayload }>(
      createLesson,
      { input: { ...input, kind: 'TEXT', durationMinutes: 0, position: 0 } },
      { token: staff },
    );
    expect(invalid.body.data?.createLesson.userErrors.map((error) => error.field.join('.'))).toEqual([
      'input.durationMinutes',
      'input.position',
    ]);
    const [after] = await platform.db.select({ value: count() }).from(lessons).where(eq(lessons.courseId, course));
    expect(after?.value).toBe(before?.value);
  });

  it('refuses non-staff callers with FORBIDDEN', async () => {
    const member = await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000bb' });
    const response = await query(
      createLesson,
      {
        input: {
          courseId: courseId('moderation'),
          kind: 'TEXT',
          title: 'Eigene Notizen',
          summary: 'Eine Lektion, die Mitglieder nicht anlegen dürfen.',
          durationMinutes: 5,
        },
      },
      { token: member },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('moving lessons', () => {
  it('moves a lesson up and down, keeping positions 1 to n', async () => {
    const course = courseId('veranstaltungsorganisation');
    const original = await titlesOf(course);
    const last = lessonSeedId('veranstaltungsorganisation', 5);
    const up = await query<{ updateLesson: LessonPayload }>(
      updateLesson,
      { input: { lessonId: last, position: 1 } },
      { token: staff },
    );
    expect(up.body.data?.updateLesson.lesson?.position).toBe(1);
    const moved = await titlesOf(course);
    expect(moved.map((entry) => entry.slice(2))).toEqual([
      original[4]?.slice(2),
      ...original.slice(0, 4).map((entry) => entry.slice(2)),
    ]);
    const back = await query<{ updateLesson: LessonPayload }>(
      updateLesson,
      { input: { lessonId: last, position: 5 } },
      { token: staff },
    );
    expect(back.body.data?.updateLesson.userErrors).toEqual([]);
    expect(await titlesOf(course)).toEqual(original);
  });

  it('refuses a position beyond the last lesson and turning a lesson into a chapter lesson without chapter', async () => {
    const lesson = lessonSeedId('veranstaltungsorganisation', 1);
    const beyond = await query<{ updateLesson: LessonPayload }>(
      updateLesson,
      { input: { lessonId: lesson, position: 6 } },
      { token: staff },
    );
    expect(beyond.body.data?.updateLesson.userErrors).toEqual([
      { field: ['input', 'position'], code: 'POSITION_OUT_OF_RANGE' },
    ]);
    const kind = await query<{ updateLesson: LessonPayload }>(
      updateLesson,
      { input: { lessonId: lesson, kind: 'HANDBOOK_CHAPTER' } },
      { token: staff },
    );
    expect(kind.body.data?.updateLesson.userErrors).toEqual([
      { field: ['input', 'handbookChapterId'], code: 'REQUIRED' },
    ]);
    const [unchanged] = await platform.db.select().from(lessons).where(eq(lessons.id, lesson));
    expect(unchanged).toMatchObject({ position: 1, kind: 'video' });
  });
});
