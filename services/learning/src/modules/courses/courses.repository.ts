import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { type CourseRow, courses, enrollments, programCourses } from '../../db/schema';
import { byTitle } from '../title-order';

export interface CourseListFilter {
  topics?: readonly CourseRow['topic'][] | null;
  programIds?: readonly string[] | null;
}

export type NewCourse = typeof courses.$inferInsert;

function whereOf(db: Db, filter: CourseListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.topics?.length) conditions.push(inArray(courses.topic, [...filter.topics]));
  if (filter.programIds?.length) {
    conditions.push(
      inArray(
        courses.id,
        db
          .select({ id: programCourses.courseId })
          .from(programCourses)
          .where(inArray(programCourses.programId, [...filter.programIds])),
      ),
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listCourses(
  db: Db,
  filter: CourseListFilter,
  page: Page,
): Promise<{ rows: CourseRow[]; totalCount: number }> {
  const where = whereOf(db, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(courses)
      .where(where)
      .orderBy(byTitle(courses.title), asc(courses.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(courses).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function coursesByIds(db: Db, ids: readonly string[]): Promise<CourseRow[]> {
  return db
    .select()
    .from(courses)
    .where(inArray(courses.id, [...ids]));
}

/** Live enrolments and completions per course: aggregates that carry no personal data. */
export function courseStatisticsByIds(db: Db, courseIds: readonly string[]) {
  return db
    .select({
      courseId: enrollments.courseId,
      enrolled: count(),
      completed: count(enrollments.completedAt),
    })
    .from(enrollments)
    .where(and(inArray(enrollments.courseId, [...courseIds]), isNull(enrollments.withdrawnAt)))
    .groupBy(enrollments.courseId);
}

export async function lockCourse(db: Db, id: string): Promise<CourseRow | null> {
  const [row] = await db.select().from(courses).where(eq(courses.id, id)).for('update');
  return row ?? null;
}

export async function insertCourse(db: Db, course: NewCourse): Promise<CourseRow> {
  const [row] = await db.insert(courses).values(course).returning();
  if (!row) throw new Error('insert into courses returned no row');
  return row;
}

export async function updateCourseRow(db: Db, id: string, patch: Partial<NewCourse>): Promise<CourseRow> {
  const [row] = await db
    .update(courses)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(courses.id, id))
    .returning();
  if (!row) throw new Error('update of courses returned no row');
  return row;
}
