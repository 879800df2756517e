import type { Db } from '@mitmach/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { type FundingEntryRow, fundingEntries } from '../../db/schema';

export function fundingEntriesByRegionIds(db: Db, regionIds: readonly string[]): Promise<FundingEntryRow[]> {
  return db
    .select()
    .from(fundingEntries)
    .where(inArray(fundingEntries.regionId, [...regionIds]))
    .orderBy(asc(fundingEntries.bookedOn), asc(fundingEntries.createdAt));
}

export function fundingEntriesOfRegion(db: Db, regionId: string): Promise<FundingEntryRow[]> {
  return db
    .select()
    .from(fundingEntries)
    .where(eq(fundingEntries.regionId, regionId))
    .orderBy(asc(fundingEntries.bookedOn), asc(fundingEntries.createdAt));
}

export async function insertFundingEntry(db: Db, entry: typeof fundingEntries.$inferInsert): Promise<FundingEntryRow> {
  const [row] = await db.insert(fundingEntries).values(entry).returning();
  if (!row) throw new Error('insert into funding_entries returned no row');
  return row;
}
