import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import {
  cohorts,
  type EnrollmentRow,
  enrollments,
  type LessonCompletionRow,
  type LessonRow,
  lessonCompletions,
  lessons,
  programCourses,
} from '../../db/schema';
import type { EnrollmentStatus } from './enrollment-status';

export interface EnrollmentListFilter {
  personIds?: readonly string[] | null;
  statuses?: readonly EnrollmentStatus[] | null;
  courseId?: string | null;
  programId?: string | null;
  cohortId?: string | null;
}

/** What one live enrolment of a person opens: its programme or cohort, and the programme of that cohort. */
export interface LearnerScope {
  personId: string;
  programId: string | null;
  cohortId: string | null;
  cohortProgramId: string | null;
}

export type NewEnrollment = typeof enrollments.$inferInsert;

const statusConditions: Record<EnrollmentStatus, SQL | undefined> = {
  active: and(isNull(enrollments.withdrawnAt), isNull(enrollments.completedAt)),
  completed: and(isNull(enrollments.withdrawnAt), isNotNull(enrollments.completedAt)),
  withdrawn: isNotNull(enrollments.withdrawnAt),
};

function whereOf(filter: EnrollmentListFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.personIds) conditions.push(inArray(enrollments.personId, [...filter.personIds]));
  if (filter.statuses?.length) conditions.push(or(...filter.statuses.map((status) => statusConditions[status])));
  if (filter.courseId) conditions.push(eq(enrollments.courseId, filter.courseId));
  if (filter.programId) conditions.push(eq(enrollments.programId, filter.programId));
  if (filter.cohortId) conditions.push(eq(enrollments.cohortId, filter.cohortId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listEnrollments(
  db: Db,
  filter: EnrollmentListFilter,
  page: Page,
): Promise<{ rows: EnrollmentRow[]; totalCount: number }> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(enrollments)
      .where(where)
      .orderBy(desc(enrollments.enrolledAt), asc(enrollments.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(enrollments).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function enrollmentsByIds(db: Db, ids: readonly string[]): Promise<EnrollmentRow[]> {
  return db
    .select()
    .from(enrollments)
    .where(inArray(enrollments.id, [...ids]));
}

export function completionsByEnrollmentIds(db: Db, enrollmentIds: readonly string[]): Promise<LessonCompletionRow[]> {
  return db
    .select()
    .from(lessonCompletions)
    .where(inArray(lessonCompletions.enrollmentId, [...enrollmentIds]))
    .orderBy(asc(lessonCompletions.completedAt), asc(lessonCompletions.lessonId));
}

export function learnerScopesByPersonIds(db: Db, personIds: readonly string[]): Promise<LearnerScope[]> {
  return db
    .select({
      personId: enrollments.personId,
      programId: enrollments.programId,
      cohortId: enrollments.cohortId,
      cohortProgramId: cohorts.programId,
    })
    .from(enrollments)
    .leftJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(inArray(enrollments.personId, [...personIds]), isNull(enrollments.withdrawnAt)));
}

export async function lockEnrollment(db: Db, id: string): Promise<EnrollmentRow | null> {
  const [row] = await db.select().from(enrollments).where(eq(enrollments.id, id)).for('update');
  return row ?? null;
}

/** Inserts the enrolment; null when the person has a live enrolment in the same course, programme or cohort. */
export async function insertEnrollment(db: Db, enrollment: NewEnrollment): Promise<EnrollmentRow | null> {
  const [row] = await db.insert(enrollments).values(enrollment).onConflictDoNothing().returning();
  return row ?? null;
}

/** The lesson, and whether the enrolment covers it: its course, or a course its programme includes. */
export async function lessonCoverage(
  db: Db,
  enrollment: EnrollmentRow,
  lessonId: string,
): Promise<{ lesson: LessonRow | null; covered: boolean }> {
  const [lesson] = await db.select().from(lessons).where(eq(lessons.id, lessonId));
  if (!lesson) return { lesson: null, covered: false };
  if (enrollment.courseId) return { lesson, covered: lesson.courseId === enrollment.courseId };
  const programId = enrollment.programId ?? (await programOfCohort(db, enrollment.cohortId));
  if (!programId) return { lesson, covered: false };
  const [included] = await db
    .select({ courseId: programCourses.courseId })
    .from(programCourses)
    .where(and(eq(programCourses.programId, programId), eq(programCourses.courseId, lesson.courseId)));
  return { lesson, covered: included !== undefined };
}

async function programOfCohort(db: Db, cohortId: string | null): Promise<string | null> {
  if (!cohortId) return null;
  const [cohort] = await db.select({ programId: cohorts.programId }).from(cohorts).where(eq(cohorts.id, cohortId));
  return cohort?.programId ?? null;
}

/** Records the completion; false when the lesson was completed before. */
export async function insertCompletion(db: Db, enrollmentId: string, lessonId: string): Promise<boolean> {
  const inserted = await db
    .insert(lessonCompletions)
    .values({ enrollmentId, lessonId })
    .onConflictDoNothing()
    .returning({ lessonId: lessonCompletions.lessonId });
  return inserted.length > 0;
}

export async function markWithdrawn(db: Db, id: string): Promise<EnrollmentRow> {
  const [row] = await db.update(enrollments).set({ withdrawnAt: new Date() }).where(eq(enrollments.id, id)).returning();
  if (!row) throw new Error('update of enrollments returned no row');
  return row;
}
