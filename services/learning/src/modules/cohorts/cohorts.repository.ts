import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type CohortRegionRow, type CohortRow, cohortRegions, cohorts } from '../../db/schema';

export interface CohortListFilter {
  programIds?: readonly string[] | null;
  regionIds?: readonly string[] | null;
}

export type NewCohort = typeof cohorts.$inferInsert;

function whereOf(db: Db, filter: CohortListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.programIds?.length) conditions.push(inArray(cohorts.programId, [...filter.programIds]));
  if (filter.regionIds?.length) {
    conditions.push(
      inArray(
        cohorts.id,
        db
          .select({ id: cohortRegions.cohortId })
          .from(cohortRegions)
          .where(inArray(cohortRegions.regionId, [...filter.regionIds])),
      ),
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listCohorts(
  db: Db,
  filter: CohortListFilter,
  page: Page,
): Promise<{ rows: CohortRow[]; totalCount: number }> {
  const where = whereOf(db, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(cohorts)
      .where(where)
      .orderBy(desc(cohorts.startsOn), asc(cohorts.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(cohorts).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function cohortsByIds(db: Db, ids: readonly string[]): Promise<CohortRow[]> {
  return db
    .select()
    .from(cohorts)
    .where(inArray(cohorts.id, [...ids]));
}

export function cohortsByProgramIds(db: Db, programIds: readonly string[]): Promise<CohortRow[]> {
  return db
    .select()
    .from(cohorts)
    .where(inArray(cohorts.programId, [...programIds]))
    .orderBy(desc(cohorts.startsOn), asc(cohorts.id));
}

export function participationsByCohortIds(db: Db, cohortIds: readonly string[]): Promise<CohortRegionRow[]> {
  return db
    .select()
    .from(cohortRegions)
    .where(inArray(cohortRegions.cohortId, [...cohortIds]))
    .orderBy(asc(cohortRegions.addedAt), asc(cohortRegions.regionId));
}

export function participationsByRegionIds(db: Db, regionIds: readonly string[]): Promise<CohortRegionRow[]> {
  return db
    .select({ cohortId: cohortRegions.cohortId, regionId: cohortRegions.regionId, addedAt: cohortRegions.addedAt })
    .from(cohortRegions)
    .innerJoin(cohorts, eq(cohorts.id, cohortRegions.cohortId))
    .where(inArray(cohortRegions.regionId, [...regionIds]))
    .orderBy(desc(cohorts.startsOn), asc(cohorts.id));
}

export async function lockCohort(db: Db, id: string): Promise<CohortRow | null> {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, id)).for('update');
  return row ?? null;
}

export async function insertCohort(db: Db, cohort: NewCohort): Promise<CohortRow> {
  const [row] = await db.insert(cohorts).values(cohort).returning();
  if (!row) throw new Error('insert into cohorts returned no row');
  return row;
}

export async function updateCohortRow(db: Db, id: string, patch: Partial<NewCohort>): Promise<CohortRow> {
  const [row] = await db
    .update(cohorts)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(cohorts.id, id))
    .returning();
  if (!row) throw new Error('update of cohorts returned no row');
  return row;
}

/** Adds the region; false when it takes part already. */
export async function addParticipation(db: Db, cohortId: string, regionId: string): Promise<boolean> {
  const inserted = await db
    .insert(cohortRegions)
    .values({ cohortId, regionId })
    .onConflictDoNothing()
    .returning({ regionId: cohortRegions.regionId });
  return inserted.length > 0;
}

/** Removes the region; false when it did not take part. */
export async function removeParticipation(db: Db, cohortId: string, regionId: string): Promise<boolean> {
  const deleted = await db
    .delete(cohortRegions)
    .where(and(eq(cohortRegions.cohortId, cohortId), eq(cohortRegions.regionId, regionId)))
    .returning({ regionId: cohortRegions.regionId });
  return deleted.length > 0;
}
