import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { erasedPersonErrors, forbidden, type UserError, userError } from '@mitmach/server-kit';
import { type EnrollmentRow, erasedPersonIds } from '../../db/schema';
import { enrollmentChanged } from '../../events/enrollment-events';
import { canSeeEnrollmentOf, isLearner } from '../access';
import { cohortsByIds, participationsByCohortIds } from '../cohorts/cohorts.repository';
import { coursesByIds } from '../courses/courses.repository';
import { notFoundError, today } from '../input-checks';
import { programsByIds } from '../programs/programs.repository';
import {
  enrollmentsByIds,
  insertCompletion,
  insertEnrollment,
  lessonCoverage,
  lockEnrollment,
  markWithdrawn,
} from './enrollments.repository';
import { refreshProgress } from './progress.repository';

export interface EnrollmentResult {
  enrollment: EnrollmentRow | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): EnrollmentResult => ({ enrollment: null, userErrors });

interface EnrollCommand {
  personId?: string | null;
  courseId?: string | null;
  programId?: string | null;
  cohortId?: string | null;
  regionId?: string | null;
}

async function checkTarget(db: Db, caller: Caller, command: EnrollCommand): Promise<UserError[]> {
  if (command.courseId) {
    return (await coursesByIds(db, [command.courseId])).length > 0
      ? []
      : [notFoundError(['input', 'courseId'], 'course')];
  }
  if (command.programId) {
    return (await programsByIds(db, [command.programId])).length > 0
      ? []
      : [notFoundError(['input', 'programId'], 'programme')];
  }
  const [cohort] = await cohortsByIds(db, [command.cohortId as string]);
  const field = ['input', 'cohortId'];
  if (!cohort) return [notFoundError(field, 'cohort')];
  if (cohort.endsOn < today()) return [userError(field, `${cohort.title} ended on ${cohort.endsOn}.`, 'COHORT_ENDED')];
  // Staff may still add latecomers the regional team vouches for.
  if (!isStaff(caller) && cohort.applicationDeadline < today()) {
    return [
      userError(field, `Applications for ${cohort.title} closed on ${cohort.applicationDeadline}.`, 'DEADLINE_PASSED'),
    ];
  }
  if (command.regionId) {
    const regions = await participationsByCohortIds(db, [cohort.id]);
    if (!regions.some((participation) => participation.regionId === command.regionId)) {
      return [
        userError(['input', 'regionId'], `The region does not take part in ${cohort.title}.`, 'REGION_NOT_IN_COHORT'),
      ];
    }
  }
  return [];
}

export async function enroll(db: Db, caller: Caller, command: EnrollCommand): Promise<EnrollmentResult> {
  if (!isStaff(caller) && !isLearner(caller)) throw forbidden('Only members and staff may enrol.');
  const personId = command.personId ?? caller.personId;
  if (!isStaff(caller) && personId !== caller.personId) {
    throw forbidden('Members enrol only themselves; staff enrol others.');
  }
  const targets = [command.courseId, command.programId, command.cohortId].filter((id) => id != null);
  const errors = [
    ...(personId ? [] : [userError(['input', 'personId'], 'Say whom to enrol.', 'REQUIRED')]),
    ...(targets.length === 1
      ? []
      : [userError(['input'], 'Give exactly one of courseId, programId and cohortId.', 'EXACTLY_ONE_OF')]),
  ];
  if (errors.length > 0 || !personId) return rejected(errors);
  return db.transaction(async (tx) => {
    const erased = await erasedPersonErrors(tx, erasedPersonIds, [personId], ['input', 'personId']);
    if (erased.length > 0) return rejected(erased);
    const targetErrors = await checkTarget(tx, caller, command);
    if (targetErrors.length > 0) return rejected(targetErrors);
    const enrollment = await insertEnrollment(tx, {
      personId,
      courseId: command.courseId ?? null,
      programId: command.programId ?? null,
      cohortId: command.cohortId ?? null,
      regionId: command.regionId ?? null,
      enrolledBy: caller.personId,
    });
    if (!enrollment) {
      const field = command.courseId ? 'courseId' : command.programId ? 'programId' : 'cohortId';
      return rejected([userError(['input', field], 'The person is enrolled here already.', 'ALREADY_ENROLLED')]);
    }
    await enrollmentChanged(tx, enrollment, enrollment.enrolledAt);
    return { enrollment, userErrors: [] };
  });
}

export async function completeLesson(
  db: Db,
  caller: Caller,
  command: { enrollmentId: string; lessonId: string },
): Promise<EnrollmentResult> {
  if (!isLearner(caller)) throw forbidden('Only the enrolled person records their progress.');
  return db.transaction(async (tx) => {
    const enrollment = await lockEnrollment(tx, command.enrollmentId);
    if (!enrollment) return rejected([notFoundError(['input', 'enrollmentId'], 'enrolment')]);
    if (enrollment.personId !== caller.personId) {
      throw forbidden('Only the enrolled person records their progress.');
    }
    if (enrollment.withdrawnAt) {
      return rejected([userError(['input', 'enrollmentId'], 'The enrolment was withdrawn.', 'WITHDRAWN')]);
    }
    const { lesson, covered } = await lessonCoverage(tx, enrollment, command.lessonId);
    if (!lesson) return rejected([notFoundError(['input', 'lessonId'], 'lesson')]);
    if (!covered) {
      return rejected([
        userError(
          ['input', 'lessonId'],
          `"${lesson.title}" belongs to a course this enrolment does not cover.`,
          'LESSON_NOT_IN_ENROLLMENT',
        ),
      ]);
    }
    // A repeated completion records nothing, so progress and completedAt stay exactly as they were.
    if (!(await insertCompletion(tx, enrollment.id, lesson.id))) return { enrollment, userErrors: [] };
    await refreshProgress(tx, [enrollment.id]);
    const [updated] = await enrollmentsByIds(tx, [enrollment.id]);
    if (!updated) throw new Error(`enrollment ${enrollment.id} vanished while it was locked`);
    // Every newly completed lesson is progress, even when the rounded percentage stays the same.
    await enrollmentChanged(tx, updated);
    return { enrollment: updated, userErrors: [] };
  });
}

export async function withdrawEnrollment(
  db: Db,
  caller: Caller,
  command: { enrollmentId: string },
): Promise<EnrollmentResult> {
  if (!isStaff(caller) && !isLearner(caller)) throw forbidden('Only the enrolled person and staff may withdraw.');
  return db.transaction(async (tx) => {
    const enrollment = await lockEnrollment(tx, command.enrollmentId);
    if (!enrollment) return rejected([notFoundError(['input', 'enrollmentId'], 'enrolment')]);
    if (!canSeeEnrollmentOf(caller, enrollment.personId)) {
      throw forbidden('Only the enrolled person and staff may withdraw.');
    }
    if (enrollment.withdrawnAt) {
      return rejected([
        userError(['input', 'enrollmentId'], 'The enrolment was withdrawn already.', 'ALREADY_WITHDRAWN'),
      ]);
    }
    const withdrawn = await markWithdrawn(tx, enrollment.id);
    await enrollmentChanged(tx, withdrawn, withdrawn.withdrawnAt ?? undefined);
    return { enrollment: withdrawn, userErrors: [] };
  });
}
