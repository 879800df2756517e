import type { Db } from '@mitmach/db';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { erasedPersonIds, erasureAcknowledgements, persons } from '../../db/schema';
import { personDeleted } from '../../events/change-events';
import { personErased } from '../../events/person-events';
import { lockPersonRow } from '../people/people.repository';
import { eraseHere } from './gdpr.service';

export interface ReappliedErasures {
  /** Erased people whose record was announced again to every service. */
  announced: number;
  /** Of them, those whose personal data had come back in this service's own tables. */
  restoredHere: string[];
}

type ErasureRecord = typeof erasedPersonIds.$inferSelect;

/**
 * Erases the person again where their row came back, and announces the erasure again (`people.person-erased` under a
 * new erasure id, so that the status waits for each service's new acknowledgement, and the announcement is removed
 * again once they all came in). Returns whether the row had come back.
 */
async function reapply(db: Db, record: ErasureRecord): Promise<boolean> {
  return db.transaction(async (tx) => {
    const person = await lockPersonRow(tx, record.personId);
    if (person) {
      await eraseHere(tx, person);
      await personDeleted(tx, person);
    }
    const erasure = await personErased(tx, { id: record.personId, erasedAt: record.erasedAt });
    await tx.delete(erasureAcknowledgements).where(eq(erasureAcknowledgements.erasureId, record.erasureId));
    await tx
      .update(erasedPersonIds)
      .set({ erasureId: erasure.id, announcementsRemovedAt: null })
      .where(eq(erasedPersonIds.personId, record.personId));
    return person !== null;
  });
}

/**
 * Erases again everyone in the erased-ids record, for a database restored from a backup taken before some of the
 * erasures: here at once where the person's row came back, and in every other service by announcing the erasure
 * again. A service that still holds nothing of the person finds nothing to do. The record must have survived the
 * restore, or been put back from a copy kept apart from the backups, since it alone says who was erased.
 */
export async function reapplyErasures(db: Db): Promise<ReappliedErasures> {
  const records = await db.select().from(erasedPersonIds).orderBy(asc(erasedPersonIds.erasedAt));
  const restoredHere: string[] = [];
  for (const record of records) {
    if (await reapply(db, record)) restoredHere.push(record.personId);
  }
  return { announced: records.length, restoredHere };
}

/**
 * Erases again the erased people whose row is back (a restored backup of this service's database) and announces them
 * to every service, whose data the same restore likely brought back; returns their ids. Costs one statement when
 * nothing came back, so the people service runs it at start and then periodically.
 */
export async function reapplyRestoredErasures(db: Db): Promise<string[]> {
  const restored = await db
    .select(getTableColumns(erasedPersonIds))
    .from(erasedPersonIds)
    .innerJoin(persons, eq(persons.id, erasedPersonIds.personId));
  const reapplied: string[] = [];
  for (const record of restored) {
    if (await reapply(db, record)) reapplied.push(record.personId);
  }
  return reapplied;
}
