import type { Db } from '@mitmach/db';
import { contracts, type PayloadOf, sealPersonRefs, writeEvents } from '@mitmach/events';
import { type EnrollmentRow, outbox, personKeys } from '../db/schema';
import { cohortsByIds } from '../modules/cohorts/cohorts.repository';
import { coursesByIds } from '../modules/courses/courses.repository';
import { enrollmentsByIds } from '../modules/enrollments/enrollments.repository';
import { programsByIds } from '../modules/programs/programs.repository';

type EnrollmentChangedPayload = PayloadOf<typeof contracts.enrollmentChanged>;
type Target = EnrollmentChangedPayload['target'];

export interface EnrollmentChange {
  /** The enrolment as it stands after the change (or, when it is erased, as it stood before). */
  enrollment: EnrollmentRow;
  /** When the change happened; now unless given. */
  changedAt?: Date;
  /**
   * The enrolment was removed because its person was erased: reported as withdrawn and without the person, so that
   * read models built from events drop it and keep no trace of who it was.
   */
  erased?: boolean;
}

function targetKey(enrollment: EnrollmentRow): Pick<Target, 'kind' | 'id'> {
  if (enrollment.courseId) return { kind: 'course', id: enrollment.courseId };
  if (enrollment.programId) return { kind: 'program', id: enrollment.programId };
  if (enrollment.cohortId) return { kind: 'cohort', id: enrollment.cohortId };
  throw new Error(`enrollment ${enrollment.id} has no course, programme or cohort`);
}

/** Titles of the courses, programmes and cohorts the enrolments are in, one statement per kind. */
async function targetTitles(db: Db, enrollments: readonly EnrollmentRow[]): Promise<Map<string, string>> {
  const idsOf = (kind: Target['kind']) => [
    ...new Set(enrollments.map(targetKey).flatMap((target) => (target.kind === kind ? [target.id] : []))),
  ];
  const [courseRows, programRows, cohortRows] = await Promise.all([
    idsOf('course').length > 0 ? coursesByIds(db, idsOf('course')) : [],
    idsOf('program').length > 0 ? programsByIds(db, idsOf('program')) : [],
    idsOf('cohort').length > 0 ? cohortsByIds(db, idsOf('cohort')) : [],
  ]);
  return new Map([...courseRows, ...programRows, ...cohortRows].map((row) => [row.id, row.title]));
}

function statusOf(enrollment: EnrollmentRow): EnrollmentChangedPayload['status'] {
  if (enrollment.withdrawnAt) return 'withdrawn';
  return enrollment.completedAt ? 'completed' : 'enrolled';
}

/**
 * Writes `learning.enrollment-changed` for each change, with the enrolment's state after it and the person sealed
 * with their key. Call it with the transaction that made the changes, after they succeeded.
 */
export async function enrollmentsChanged(db: Db, changes: readonly EnrollmentChange[]): Promise<void> {
  if (changes.length === 0) return;
  const titles = await targetTitles(
    db,
    changes.map((change) => change.enrollment),
  );
  const named = changes.filter((change) => !change.erased);
  const sealed = await sealPersonRefs(
    db,
    personKeys,
    named.map((change) => change.enrollment.personId),
  );
  const refOf = new Map(named.map((change, index) => [change, sealed[index] ?? null]));
  await writeEvents(
    db,
    outbox,
    contracts.enrollmentChanged,
    changes.map((change) => {
      const { enrollment, changedAt = new Date(), erased = false } = change;
      const key = targetKey(enrollment);
      const title = titles.get(key.id);
      if (title === undefined) throw new Error(`enrollment ${enrollment.id} is in an unknown ${key.kind} ${key.id}`);
      return {
        aggregateId: enrollment.id,
        occurredAt: changedAt,
        payload: {
          enrollmentId: enrollment.id,
          personId: null,
          personRef: refOf.get(change) ?? null,
          target: { ...key, title },
          regionId: enrollment.regionId,
          status: erased ? 'withdrawn' : statusOf(enrollment),
          percentComplete: enrollment.percentComplete,
          completedAt: enrollment.completedAt?.toISOString() ?? null,
          changedAt: changedAt.toISOString(),
        },
      };
    }),
  );
}

export function enrollmentChanged(db: Db, enrollment: EnrollmentRow, changedAt?: Date): Promise<void> {
  return enrollmentsChanged(db, [{ enrollment, ...(changedAt ? { changedAt } : {}) }]);
}

/** Reports the enrolments a recomputation of progress changed (as refreshProgress returns them). */
export async function progressRecomputed(db: Db, changedEnrollmentIds: readonly string[]): Promise<void> {
  if (changedEnrollmentIds.length === 0) return;
  const rows = await enrollmentsByIds(db, changedEnrollmentIds);
  await enrollmentsChanged(
    db,
    rows.map((enrollment) => ({ enrollment })),
  );
}
