import type { Db } from '@mitmach/db';
import { asc, eq } from 'drizzle-orm';
import { erasedPersonIds, erasureAcknowledgements, type PersonRow } from '../../db/schema';
import { personDeleted } from '../../events/change-events';
import { personErased } from '../../events/person-events';
import { lockPerson } from '../people/people.repository';
import { erasedDisplayName } from './gdpr.repository';
import { eraseHere } from './gdpr.service';

export interface ReappliedErasures {
  /** Erased people whose record was announced again to every service. */
  announced: number;
  /** Of them, those whose personal data had come back in this service's own tables. */
  restoredHere: string[];
}

function showsPersonalData(person: PersonRow): boolean {
  return (
    person.erasedAt === null ||
    person.displayName !== erasedDisplayName ||
    [person.givenName, person.familyName, person.email, person.phone, person.regionId].some((value) => value !== null)
  );
}

/**
 * Erases again everyone in the erased-ids record, for a database restored from a backup taken before some of the
 * erasures: here at once where the person's data came back, and in every other service by announcing the erasure
 * again (`people.person-erased` under a new erasure id, so that the status waits for each service's new
 * acknowledgement). A service that still holds nothing of the person finds nothing to do. The record must have
 * survived the restore, or been put back from a copy kept apart from the backups, since it alone says who was erased.
 */
export async function reapplyErasures(db: Db): Promise<ReappliedErasures> {
  const records = await db.select().from(erasedPersonIds).orderBy(asc(erasedPersonIds.erasedAt));
  const restoredHere: string[] = [];
  for (const record of records) {
    await db.transaction(async (tx) => {
      const person = await lockPerson(tx, record.personId);
      if (person && showsPersonalData(person)) {
        await eraseHere(tx, person, record.erasedAt);
        await personDeleted(tx, person.id);
        restoredHere.push(person.id);
      }
      const erasure = await personErased(tx, { id: record.personId, erasedAt: record.erasedAt });
      await tx.delete(erasureAcknowledgements).where(eq(erasureAcknowledgements.erasureId, record.erasureId));
      await tx
        .update(erasedPersonIds)
        .set({ erasureId: erasure.id })
        .where(eq(erasedPersonIds.personId, record.personId));
    });
  }
  return { announced: records.length, restoredHere };
}
