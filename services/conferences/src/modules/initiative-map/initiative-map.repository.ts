import type { Db } from '@mitmach/db';
import { asc, inArray } from 'drizzle-orm';
import { type InitiativeMapEntryRow, initiativeMapEntries } from '../../db/schema';

export type NewInitiativeMapEntry = typeof initiativeMapEntries.$inferInsert;

export function mapEntriesByConferenceIds(db: Db, conferenceIds: readonly string[]): Promise<InitiativeMapEntryRow[]> {
  return db
    .select()
    .from(initiativeMapEntries)
    .where(inArray(initiativeMapEntries.conferenceId, [...conferenceIds]))
    .orderBy(asc(initiativeMapEntries.createdAt), asc(initiativeMapEntries.id));
}

export async function insertMapEntry(db: Db, entry: NewInitiativeMapEntry): Promise<InitiativeMapEntryRow> {
  const [row] = await db.insert(initiativeMapEntries).values(entry).returning();
  if (!row) throw new Error('insert into initiative_map_entries returned no row');
  return row;
}
