import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  fieldsOfAction,
  type RegionRow,
  regionFieldsOfAction,
  regionSdgs,
  regionStatusChanges,
  regions,
  sdgs,
} from '../../db/schema';

export interface RegionListFilter {
  countries?: readonly string[] | null;
  statuses?: readonly RegionRow['status'][] | null;
  fieldsOfAction?: readonly string[] | null;
  within?: { south: number; west: number; north: number; east: number } | null;
  /** Staff see the regions that applied without an account before they are accepted; nobody else does. */
  includeHidden?: boolean;
}

export type RegionOrder = 'name' | 'joined_newest';

function whereOf(db: Db, filter: RegionListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (!filter.includeHidden) conditions.push(eq(regions.hidden, false));
  if (filter.countries?.length) conditions.push(inArray(regions.country, [...filter.countries]));
  if (filter.statuses?.length) conditions.push(inArray(regions.status, [...filter.statuses]));
  if (filter.fieldsOfAction?.length) {
    conditions.push(
      inArray(
        regions.id,
        db
          .select({ id: regionFieldsOfAction.regionId })
          .from(regionFieldsOfAction)
          .where(inArray(regionFieldsOfAction.fieldSlug, [...filter.fieldsOfAction])),
      ),
    );
  }
  if (filter.within) {
    const box = filter.within;
    conditions.push(gte(regions.lat, box.south), lte(regions.lat, box.north));
    conditions.push(gte(regions.lng, box.west), lte(regions.lng, box.east));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listRegions(
  db: Db,
  filter: RegionListFilter,
  order: RegionOrder,
  page: Page,
): Promise<{ rows: RegionRow[]; totalCount: number }> {
  const where = whereOf(db, filter);
  const orderBy = order === 'name' ? [asc(regions.name), asc(regions.id)] : [desc(regions.joinedOn), asc(regions.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(regions)
      .where(where)
      .orderBy(...orderBy)
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(regions).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function allRegions(db: Db, filter: RegionListFilter): Promise<RegionRow[]> {
  return db.select().from(regions).where(whereOf(db, filter)).orderBy(asc(regions.name));
}

export function regionsByIds(db: Db, ids: readonly string[]): Promise<RegionRow[]> {
  return db
    .select()
    .from(regions)
    .where(inArray(regions.id, [...ids]));
}

export async function regionBySlug(db: Db, slug: string): Promise<RegionRow | null> {
  const [row] = await db.select().from(regions).where(eq(regions.slug, slug));
  return row ?? null;
}

export function regionsByPeerGroupIds(db: Db, peerGroupIds: readonly string[]): Promise<RegionRow[]> {
  return db
    .select()
    .from(regions)
    .where(inArray(regions.peerGroupId, [...peerGroupIds]))
    .orderBy(asc(regions.name));
}

export function fieldsOfActionByRegionIds(db: Db, regionIds: readonly string[]) {
  return db
    .select({ regionId: regionFieldsOfAction.regionId, field: fieldsOfAction })
    .from(regionFieldsOfAction)
    .innerJoin(fieldsOfAction, eq(fieldsOfAction.slug, regionFieldsOfAction.fieldSlug))
    .where(inArray(regionFieldsOfAction.regionId, [...regionIds]))
    .orderBy(asc(fieldsOfAction.position));
}

export function sdgsByRegionIds(db: Db, regionIds: readonly string[]) {
  return db
    .select({ regionId: regionSdgs.regionId, sdg: sdgs })
    .from(regionSdgs)
    .innerJoin(sdgs, eq(sdgs.number, regionSdgs.sdg))
    .where(inArray(regionSdgs.regionId, [...regionIds]))
    .orderBy(asc(sdgs.number));
}

export function statusChangesByRegionIds(db: Db, regionIds: readonly string[]) {
  return db
    .select()
    .from(regionStatusChanges)
    .where(inArray(regionStatusChanges.regionId, [...regionIds]))
    .orderBy(asc(regionStatusChanges.changedAt));
}

export type NewRegion = typeof regions.$inferInsert;

export async function insertRegion(
  db: Db,
  region: NewRegion,
  fieldSlugs: readonly string[],
  sdgNumbers: readonly number[],
  changedBy: string | null,
): Promise<RegionRow> {
  const [row] = await db.insert(regions).values(region).returning();
  if (!row) throw new Error('insert into regions returned no row');
  await replaceRegionTaxonomies(db, row.id, fieldSlugs, sdgNumbers);
  await db
    .insert(regionStatusChanges)
    .values({ regionId: row.id, fromStatus: null, toStatus: row.status, note: 'created', changedBy });
  return row;
}

export async function replaceRegionTaxonomies(
  db: Db,
  regionId: string,
  fieldSlugs: readonly string[] | undefined,
  sdgNumbers: readonly number[] | undefined,
): Promise<void> {
  if (fieldSlugs) {
    await db.delete(regionFieldsOfAction).where(eq(regionFieldsOfAction.regionId, regionId));
    if (fieldSlugs.length > 0) {
      await db
        .insert(regionFieldsOfAction)
        .values([...new Set(fieldSlugs)].map((fieldSlug) => ({ regionId, fieldSlug })));
    }
  }
  if (sdgNumbers) {
    await db.delete(regionSdgs).where(eq(regionSdgs.regionId, regionId));
    if (sdgNumbers.length > 0) {
      await db.insert(regionSdgs).values([...new Set(sdgNumbers)].map((sdg) => ({ regionId, sdg })));
    }
  }
}

export async function updateRegionRow(db: Db, id: string, patch: Partial<NewRegion>): Promise<RegionRow | null> {
  const [row] = await db
    .update(regions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(regions.id, id))
    .returning();
  return row ?? null;
}

export async function lockRegion(db: Db, id: string): Promise<RegionRow | null> {
  const [row] = await db.select().from(regions).where(eq(regions.id, id)).for('update');
  return row ?? null;
}

export async function recordStatusChange(
  db: Db,
  change: {
    regionId: string;
    from: RegionRow['status'];
    to: RegionRow['status'];
    note: string | null;
    changedBy: string | null;
  },
): Promise<void> {
  await db.insert(regionStatusChanges).values({
    regionId: change.regionId,
    fromStatus: change.from,
    toStatus: change.to,
    note: change.note,
    changedBy: change.changedBy,
  });
}
