import { courseId, programId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { courses, enrollments } from '../../db/schema';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

interface CourseNode {
  id: string;
  topic: string;
  title: string;
  durationMinutes: number;
  programs: { title: string }[];
  lessons: {
    position: number;
    kind: string;
    title: string;
    durationMinutes: number;
    handbookChapter: { number: number } | null;
  }[];
}

const courseFields =
  'id topic title durationMinutes programs { title } lessons { position kind title durationMinutes handbookChapter { number } }';

describe('course queries', () => {
  it('lists the four courses on press work, moderation, events and networking with 4 to 6 ordered lessons', async () => {
    const response = await query<{ courses: { totalCount: number; edges: { node: CourseNode }[] } }>(
      `{ courses { totalCount edges { node { ${courseFields} } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    const nodes = response.body.data?.courses.edges.map((edge) => edge.node) ?? [];
    expect(new Set(nodes.map((node) => node.topic))).toEqual(
      new Set(['PRESS_WORK', 'MODERATION', 'EVENT_ORGANISATION', 'NETWORKING_AND_COOPERATION']),
    );
    for (const course of nodes) {
      expect(course.lessons.length).toBeGreaterThanOrEqual(4);
      expect(course.lessons.length).toBeLessThanOrEqual(6);
      expect(course.lessons.map((lesson) => lesson.position)).toEqual(
        course.lessons.map((_lesson, index) => index + 1),
      );
      expect(course.durationMinutes).toBe(course.lessons.reduce((sum, lesson) => sum + lesson.durationMinutes, 0));
      expect(course.programs.map((program) => program.title)).toContain('Online-Begleitprogramm');
      for (const lesson of course.lessons) {
        expect(lesson.handbookChapter !== null).toBe(lesson.kind === 'HANDBOOK_CHAPTER');
      }
    }
  });

  it('filters by topic and programme', async () => {
    const byTopic = await query<{ courses: { edges: { node: { title: string } }[] } }>(
      '{ courses(filter: { topics: [PRESS_WORK] }) { edges { node { title } } } }',
    );
    expect(byTopic.body.data?.courses.edges.map((edge) => edge.node.title)).toEqual([
      'Pressearbeit für Regional-Teams',
    ]);
    const byProgram = await query<{ courses: { edges: { node: { topic: string } }[] } }>(
      'query($ids: [UUID!]) { courses(filter: { programIds: $ids }) { edges { node { topic } } } }',
      { ids: [programId('ausbildung-regional-moderation')] },
    );
    expect(new Set(byProgram.body.data?.courses.edges.map((edge) => edge.node.topic))).toEqual(
      new Set(['MODERATION', 'NETWORKING_AND_COOPERATION']),
    );
  });

  it('answers NOT_FOUND for an unknown course', async () => {
    const response = await query('query($id: UUID!) { course(id: $id) { title } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('shows enrolment and completion counts to anyone, as aggregates', async () => {
    const id = courseId('moderation');
    const live = and(eq(enrollments.courseId, id), isNull(enrollments.withdrawnAt));
    const [enrolled] = await platform.db.select({ value: count() }).from(enrollments).where(live);
    const [completed] = await platform.db
      .select({ value: count() })
      .from(enrollments)
      .where(and(live, isNotNull(enrollments.completedAt)));
    expect(completed?.value).toBeGreaterThan(0);
    const reporting = await tokenFor(platform.jwtSecret, ['reporting']);
    for (const options of [{}, { token: reporting }]) {
      const response = await query<{ course: { enrollmentCount: number; completionCount: number } }>(
        'query($id: UUID!) { course(id: $id) { enrollmentCount completionCount } }',
        { id },
        options,
      );
      expect(response.body.data?.course).toEqual({
        enrollmentCount: enrolled?.value,
        completionCount: completed?.value,
      });
    }
  });
});

describe('course mutations', () => {
  const createCourse = `mutation($input: CreateCourseInput!) {
    createCourse(input: $input) { course { id topic title lessons { title } enrollmentCount } userErrors { field code } }
  }`;
  const courseCount = async () => (await platform.db.select({ value: count() }).from(courses))[0]?.value ?? -1;

  it('lets staff create and rename a course', async () => {
    const created = await query<{
      createCourse: { course: { id: string; topic: string; lessons: unknown[]; enrollmentCount: number } };
    }>(
      createCourse,
      {
        input: {
          topic: 'NETWORKING_AND_COOPERATION',
          title: 'Kooperation mit Kommunen',
          description: 'Wie Regional-Teams und Gemeindeverwaltungen gut zusammenarbeiten.',
        },
      },
      { token: staff },
    );
    const course = created.body.data?.createCourse.course;
    expect(course).toMatchObject({ topic: 'NETWORKING_AND_COOPERATION', lessons: [], enrollmentCount: 0 });
    const renamed = await query<{ updateCourse: { course: { title: string; topic: string } } }>(
      'mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { course { title topic } userErrors { code } } }',
      { input: { courseId: course?.id, title: 'Kooperation mit Gemeinden', topic: 'MODERATION' } },
      { token: staff },
    );
    expect(renamed.body.data?.updateCourse.course).toEqual({ title: 'Kooperation mit Gemeinden', topic: 'MODERATION' });
  });

  it('refuses a short title and description, writing nothing', async () => {
    const before = await courseCount();
    const response = await query<{ createCourse: { course: null; userErrors: { field: string[]; code: string }[] } }>(
      createCourse,
      { input: { topic: 'PRESS_WORK', title: 'PR', description: 'kurz' } },
      { token: staff },
    );
    expect(response.body.data?.createCourse.userErrors.map((error) => error.field.join('.'))).toEqual([
      'input.title',
      'input.description',
    ]);
    expect(await courseCount()).toBe(before);
  });

  it('refuses members, partners and anonymous callers with FORBIDDEN', async () => {
    const before = await courseCount();
    const input = { topic: 'PRESS_WORK', title: 'Pressearbeit II', description: 'Fortgeschrittene Pressearbeit.' };
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000bb' }),
    ]) {
      expect(errorCodes(await query(createCourse, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await courseCount()).toBe(before);
  });
});
