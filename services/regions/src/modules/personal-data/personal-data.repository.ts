import type { Db } from '@mitmach/db';
import { asc, eq } from 'drizzle-orm';
import {
  type ApplicationRow,
  applications,
  type FundingEntryRow,
  fundingEntries,
  type RegionStatusChangeRow,
  regionStatusChanges,
} from '../../db/schema';

/** The status changes of regions the person made, oldest first. */
export function statusChangesBy(db: Db, personId: string): Promise<RegionStatusChangeRow[]> {
  return db
    .select()
    .from(regionStatusChanges)
    .where(eq(regionStatusChanges.changedBy, personId))
    .orderBy(asc(regionStatusChanges.changedAt), asc(regionStatusChanges.id));
}

/** The applications the person decided, oldest decision first. */
export function applicationsDecidedBy(db: Db, personId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(applications)
    .where(eq(applications.decidedBy, personId))
    .orderBy(asc(applications.decidedOn), asc(applications.id));
}

/** The funding entries the person recorded, oldest first. */
export function fundingEntriesRecordedBy(db: Db, personId: string): Promise<FundingEntryRow[]> {
  return db
    .select()
    .from(fundingEntries)
    .where(eq(fundingEntries.createdBy, personId))
    .orderBy(asc(fundingEntries.createdAt), asc(fundingEntries.id));
}
