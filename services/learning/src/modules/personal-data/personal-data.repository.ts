import type { Db } from '@mitmach/db';
import { asc, eq } from 'drizzle-orm';
import { type EnrollmentRow, enrollments } from '../../db/schema';

/** Every enrolment of the person, withdrawn ones included, oldest first. */
export function enrollmentsOfPerson(db: Db, personId: string): Promise<EnrollmentRow[]> {
  return db
    .select()
    .from(enrollments)
    .where(eq(enrollments.personId, personId))
    .orderBy(asc(enrollments.enrolledAt), asc(enrollments.id));
}
