import type { Db } from '@mitmach/db';
import { arrayContains, asc, desc, eq } from 'drizzle-orm';
import { type OutcomeRow, outcomes, type RegistrationRow, registrations } from '../../db/schema';

/** Every registration of the person, cancelled ones included, latest first. */
export function registrationsOfPerson(db: Db, personId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.personId, personId))
    .orderBy(desc(registrations.sequence));
}

/** The outcomes that name the person among those responsible, oldest first. */
export function outcomesWithResponsible(db: Db, personId: string): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(outcomes)
    .where(arrayContains(outcomes.responsiblePersonIds, [personId]))
    .orderBy(asc(outcomes.recordedAt), asc(outcomes.id));
}

/** The outcomes the person recorded, oldest first. */
export function outcomesRecordedBy(db: Db, personId: string): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(outcomes)
    .where(eq(outcomes.recordedBy, personId))
    .orderBy(asc(outcomes.recordedAt), asc(outcomes.id));
}
