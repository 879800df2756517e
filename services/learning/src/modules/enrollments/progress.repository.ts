import { type Db, selectRows } from '@mitmach/db';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { cohorts, enrollments, programCourses } from '../../db/schema';

/**
 * Recomputes the stored percentage of the given enrolments from their completed lessons, in one statement. An
 * enrolment covers the lessons of its course, or of every course its programme (or its cohort's programme) includes.
 * completedAt is set once everything is done and then kept, so that a lesson added later does not undo a completion.
 * Only enrolments whose percentage or completedAt change are written; their ids are returned, so that the caller can
 * report exactly those changes.
 */
export async function refreshProgress(db: Db, enrollmentIds: readonly string[]): Promise<string[]> {
  if (enrollmentIds.length === 0) return [];
  const ids = sql.join(
    enrollmentIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const changed = await selectRows<{ id: string }>(
    db,
    sql`
    update learning.enrollments as e
       set percent_complete = progress.percent,
           completed_at = case
             when progress.percent = 100 then coalesce(e.completed_at, progress.last_completed_at, now())
             else e.completed_at
           end
      from (
        select target.id as enrollment_id,
               coalesce(100 * count(done.lesson_id) / nullif(count(scope.lesson_id), 0), 0)::int as percent,
               max(done.completed_at) as last_completed_at
          from learning.enrollments as target
          left join (
            select own.id as enrollment_id, lesson.id as lesson_id
              from learning.enrollments as own
              join learning.lessons as lesson on lesson.course_id = own.course_id
             where own.id in (${ids})
            union
            select own.id, lesson.id
              from learning.enrollments as own
              left join learning.cohorts as cohort on cohort.id = own.cohort_id
              join learning.program_courses as included
                on included.program_id = coalesce(own.program_id, cohort.program_id)
              join learning.lessons as lesson on lesson.course_id = included.course_id
             where own.id in (${ids})
          ) as scope on scope.enrollment_id = target.id
          left join learning.lesson_completions as done
            on done.enrollment_id = scope.enrollment_id and done.lesson_id = scope.lesson_id
         where target.id in (${ids})
         group by target.id
      ) as progress
     where e.id = progress.enrollment_id
       and (e.percent_complete <> progress.percent or (progress.percent = 100 and e.completed_at is null))
    returning e.id
  `,
  );
  return changed.map((row) => row.id);
}

/** Live enrolments whose lessons include those of the course: in it, or in a programme or cohort that includes it. */
export async function enrollmentIdsCoveringCourse(db: Db, courseId: string): Promise<string[]> {
  const programIds = db
    .select({ id: programCourses.programId })
    .from(programCourses)
    .where(eq(programCourses.courseId, courseId));
  const cohortIds = db.select({ id: cohorts.id }).from(cohorts).where(inArray(cohorts.programId, programIds));
  const rows = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        isNull(enrollments.withdrawnAt),
        or(
          eq(enrollments.courseId, courseId),
          inArray(enrollments.programId, programIds),
          inArray(enrollments.cohortId, cohortIds),
        ),
      ),
    );
  return rows.map((row) => row.id);
}

/** Live enrolments in the programme or in one of its cohorts. */
export async function enrollmentIdsCoveringProgram(db: Db, programId: string): Promise<string[]> {
  const cohortIds = db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.programId, programId));
  const rows = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        isNull(enrollments.withdrawnAt),
        or(eq(enrollments.programId, programId), inArray(enrollments.cohortId, cohortIds)),
      ),
    );
  return rows.map((row) => row.id);
}
