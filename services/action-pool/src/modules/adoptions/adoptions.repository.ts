import { type Db, inWindow, rankWithin } from '@mitmach/db';
import type { Page, RankedRow } from '@mitmach/server-kit';
import { and, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import { type AdoptionRow, actions, adoptions, type NewAdoption } from '../../db/schema';
import type { ActionVisibility } from '../actions/action-visibility';
import { visibleActions } from '../actions/actions.repository';
import { openStatuses } from './adoption-status';

const mostRecentStartFirst = sql`${adoptions.startedOn} desc, ${adoptions.createdAt} desc, ${adoptions.id}`;

export function adoptionsByIds(db: Db, ids: readonly string[]): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(adoptions)
    .where(inArray(adoptions.id, [...ids]));
}

/** Planned, running and implemented adoptions: the ones that count for an action. */
export function activeAdoptionsByActionIds(db: Db, actionIds: readonly string[]): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(adoptions)
    .where(and(inArray(adoptions.actionId, [...actionIds]), ne(adoptions.status, 'abandoned')))
    .orderBy(mostRecentStartFirst);
}

export async function adoptionPagesByActionIds(
  db: Db,
  actionIds: readonly string[],
  page: Page,
): Promise<RankedRow<AdoptionRow>[]> {
  const ranked = db
    .select({ ...getTableColumns(adoptions), ...rankWithin(adoptions.actionId, mostRecentStartFirst) })
    .from(adoptions)
    .where(inArray(adoptions.actionId, [...actionIds]))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(inWindow(ranked.position, page))
    .orderBy(ranked.actionId, ranked.position);
  return rows.map(({ position, total, ...row }) => ({ row, groupId: row.actionId, position, total }));
}

/** A region's adoptions of the actions the caller may see. */
export async function adoptionPagesByRegionIds(
  db: Db,
  regionIds: readonly string[],
  page: Page,
  visibility: ActionVisibility,
): Promise<RankedRow<AdoptionRow>[]> {
  const ranked = db
    .select({ ...getTableColumns(adoptions), ...rankWithin(adoptions.regionId, mostRecentStartFirst) })
    .from(adoptions)
    .innerJoin(actions, eq(actions.id, adoptions.actionId))
    .where(and(inArray(adoptions.regionId, [...regionIds]), visibleActions(visibility)))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(inWindow(ranked.position, page))
    .orderBy(ranked.regionId, ranked.position);
  return rows.map(({ position, total, ...row }) => ({ row, groupId: row.regionId, position, total }));
}

export async function lockAdoption(db: Db, id: string): Promise<AdoptionRow | null> {
  const [row] = await db.select().from(adoptions).where(eq(adoptions.id, id)).for('update');
  return row ?? null;
}

export async function openAdoptionOf(db: Db, actionId: string, regionId: string): Promise<AdoptionRow | null> {
  const [row] = await db
    .select()
    .from(adoptions)
    .where(
      and(
        eq(adoptions.actionId, actionId),
        eq(adoptions.regionId, regionId),
        inArray(adoptions.status, [...openStatuses]),
      ),
    );
  return row ?? null;
}

export async function insertAdoption(db: Db, adoption: NewAdoption): Promise<AdoptionRow> {
  const [row] = await db.insert(adoptions).values(adoption).returning();
  if (!row) throw new Error('insert into adoptions returned no row');
  return row;
}

export async function updateAdoptionRow(db: Db, id: string, patch: Partial<NewAdoption>): Promise<AdoptionRow | null> {
  const [row] = await db
    .update(adoptions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(adoptions.id, id))
    .returning();
  return row ?? null;
}
