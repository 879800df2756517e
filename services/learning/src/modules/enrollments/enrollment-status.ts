import type { EnrollmentRow } from '../../db/schema';

export type EnrollmentStatus = 'active' | 'completed' | 'withdrawn';

/** A withdrawal ends an enrolment whatever its progress was. */
export function enrollmentStatus(enrollment: EnrollmentRow): EnrollmentStatus {
  if (enrollment.withdrawnAt) return 'withdrawn';
  return enrollment.completedAt ? 'completed' : 'active';
}
