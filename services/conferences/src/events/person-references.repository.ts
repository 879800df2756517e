import type { Db } from '@mitmach/db';
import { arrayContains, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  conferenceStatusChanges,
  conferences,
  initiativeMapEntries,
  outcomes,
  type RegistrationRow,
  registrations,
  sessions,
} from '../db/schema';

export function registrationsOfPerson(db: Db, personId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.personId, personId))
    .orderBy(asc(registrations.sequence));
}

/** Takes the person off registrations that stay as they are, so they still count but name nobody. */
export function anonymiseRegistrations(db: Db, ids: readonly string[]): Promise<RegistrationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .update(registrations)
    .set({ personId: null })
    .where(inArray(registrations.id, [...ids]))
    .returning();
}

/** Cancels registrations and takes the person off them in one step. */
export function cancelAnonymously(db: Db, ids: readonly string[], at: Date): Promise<RegistrationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .update(registrations)
    .set({ personId: null, status: 'cancelled', cancelledAt: at })
    .where(inArray(registrations.id, [...ids]))
    .returning();
}

/** Removes the person from agendas, outcomes and every "done by" column of this service. */
export async function forgetPersonElsewhere(db: Db, personId: string): Promise<void> {
  const id = sql`${personId}::uuid`;
  await db
    .update(sessions)
    .set({ speakerIds: sql`array_remove(${sessions.speakerIds}, ${id})` })
    .where(arrayContains(sessions.speakerIds, [personId]));
  await db
    .update(outcomes)
    .set({ responsiblePersonIds: sql`array_remove(${outcomes.responsiblePersonIds}, ${id})` })
    .where(arrayContains(outcomes.responsiblePersonIds, [personId]));
  await db.update(outcomes).set({ recordedBy: null }).where(eq(outcomes.recordedBy, personId));
  await db.update(registrations).set({ registeredBy: null }).where(eq(registrations.registeredBy, personId));
  await db.update(conferences).set({ createdBy: null }).where(eq(conferences.createdBy, personId));
  await db
    .update(conferenceStatusChanges)
    .set({ changedBy: null })
    .where(eq(conferenceStatusChanges.changedBy, personId));
  await db.update(initiativeMapEntries).set({ createdBy: null }).where(eq(initiativeMapEntries.createdBy, personId));
}
