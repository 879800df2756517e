import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, eq, getTableColumns, gt, ilike, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import {
  type OrganizationRow,
  organizationFieldsOfAction,
  organizationSupporters,
  organizations,
} from '../../db/schema';
import { containsPattern } from '../search-text';

export interface OrganizationListFilter {
  regionIds?: readonly string[] | null;
  kinds?: readonly OrganizationRow['kind'][] | null;
  fieldsOfAction?: readonly string[] | null;
  search?: string | null;
}

function whereOf(db: Db, filter: OrganizationListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.regionIds?.length) conditions.push(inArray(organizations.regionId, [...filter.regionIds]));
  if (filter.kinds?.length) conditions.push(inArray(organizations.kind, [...filter.kinds]));
  if (filter.fieldsOfAction?.length) {
    conditions.push(
      inArray(
        organizations.id,
        db
          .select({ id: organizationFieldsOfAction.organizationId })
          .from(organizationFieldsOfAction)
          .where(inArray(organizationFieldsOfAction.fieldSlug, [...filter.fieldsOfAction])),
      ),
    );
  }
  if (filter.search?.trim()) conditions.push(ilike(organizations.name, containsPattern(filter.search)));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listOrganizations(
  db: Db,
  filter: OrganizationListFilter,
  page: Page,
): Promise<{ rows: OrganizationRow[]; totalCount: number }> {
  const where = whereOf(db, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(organizations).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export interface RegionOrganizationsPage {
  rows: OrganizationRow[];
  totalCount: number;
}

/**
 * The same page of organisations for many regions at once: one statement numbers each region's organisations by name
 * and keeps the window (plus one row to tell whether more follow), a second counts them per region.
 */
export async function organizationPagesByRegionIds(
  db: Db,
  regionIds: readonly string[],
  page: Page,
  kinds: readonly OrganizationRow['kind'][] | null,
): Promise<Map<string, RegionOrganizationsPage>> {
  const where = whereOf(db, { regionIds, kinds });
  const ranked = db
    .select({
      ...getTableColumns(organizations),
      position:
        sql<number>`(row_number() over (partition by ${organizations.regionId} order by ${organizations.name}, ${organizations.id}))::int`.as(
          'position',
        ),
    })
    .from(organizations)
    .where(where)
    .as('ranked');
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(ranked)
      .where(and(gt(ranked.position, page.offset), lte(ranked.position, page.offset + page.limit + 1)))
      .orderBy(asc(ranked.position)),
    db
      .select({ regionId: organizations.regionId, value: count() })
      .from(organizations)
      .where(where)
      .groupBy(organizations.regionId),
  ]);
  const pages = new Map<string, RegionOrganizationsPage>(
    totals.map((total) => [total.regionId as string, { rows: [], totalCount: total.value }]),
  );
  for (const { position: _position, ...row } of rows) pages.get(row.regionId as string)?.rows.push(row);
  return pages;
}

export function organizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
}

export function fieldSlugsByOrganizationIds(db: Db, organizationIds: readonly string[]) {
  return db
    .select()
    .from(organizationFieldsOfAction)
    .where(inArray(organizationFieldsOfAction.organizationId, [...organizationIds]))
    .orderBy(asc(organizationFieldsOfAction.fieldSlug));
}

export function supportersByOrganizationIds(db: Db, organizationIds: readonly string[]) {
  return db
    .select({ organizationId: organizationSupporters.organizationId, supporter: organizations })
    .from(organizationSupporters)
    .innerJoin(organizations, eq(organizations.id, organizationSupporters.supporterId))
    .where(inArray(organizationSupporters.organizationId, [...organizationIds]))
    .orderBy(asc(organizations.name));
}

/** Whether another organisation of the same region (or of the whole network) has this name, ignoring case. */
export async function organizationNameTaken(
  db: Db,
  regionId: string | null,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        regionId ? eq(organizations.regionId, regionId) : isNull(organizations.regionId),
        eq(sql`lower(${organizations.name})`, name.toLowerCase()),
        exceptId ? ne(organizations.id, exceptId) : undefined,
      ),
    );
  return row !== undefined;
}

/** Which of the ids name existing organisations. */
export async function existingOrganizationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export type NewOrganization = typeof organizations.$inferInsert;

export async function insertOrganization(db: Db, organization: NewOrganization): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(organization).returning();
  if (!row) throw new Error('insert into organizations returned no row');
  return row;
}

export async function lockOrganization(db: Db, id: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row ?? null;
}

export async function updateOrganizationRow(
  db: Db,
  id: string,
  patch: Partial<NewOrganization>,
): Promise<OrganizationRow | null> {
  const [row] = await db
    .update(organizations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row ?? null;
}

export async function replaceFieldsOfAction(db: Db, organizationId: string, slugs: readonly string[]): Promise<void> {
  await db.delete(organizationFieldsOfAction).where(eq(organizationFieldsOfAction.organizationId, organizationId));
  if (slugs.length > 0) {
    await db
      .insert(organizationFieldsOfAction)
      .values([...new Set(slugs)].map((fieldSlug) => ({ organizationId, fieldSlug })));
  }
}

export async function replaceSupporters(
  db: Db,
  organizationId: string,
  supporterIds: readonly string[],
): Promise<void> {
  await db.delete(organizationSupporters).where(eq(organizationSupporters.organizationId, organizationId));
  if (supporterIds.length > 0) {
    await db
      .insert(organizationSupporters)
      .values([...new Set(supporterIds)].map((supporterId) => ({ organizationId, supporterId })));
  }
}

export async function supporterCount(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(organizationSupporters)
    .where(eq(organizationSupporters.organizationId, organizationId));
  return row?.value ?? 0;
}

export const organizationNameIndex = 'organizations_region_name_unique';
