import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, eq, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import { type PeerGroupRow, peerGroups, regions } from '../../db/schema';

export async function listPeerGroups(db: Db, page: Page): Promise<{ rows: PeerGroupRow[]; totalCount: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(peerGroups)
      .orderBy(asc(peerGroups.name), asc(peerGroups.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(peerGroups),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function peerGroupsByIds(db: Db, ids: readonly string[]): Promise<PeerGroupRow[]> {
  return db
    .select()
    .from(peerGroups)
    .where(inArray(peerGroups.id, [...ids]));
}

export async function peerGroupBySlug(db: Db, slug: string): Promise<PeerGroupRow | null> {
  const [row] = await db.select().from(peerGroups).where(eq(peerGroups.slug, slug));
  return row ?? null;
}

/** Regions among `regionIds` that exist, with the group they belong to now (locked against concurrent moves). */
export function lockRegionsForGrouping(db: Db, regionIds: readonly string[]) {
  return db
    .select({ id: regions.id, name: regions.name, peerGroupId: regions.peerGroupId })
    .from(regions)
    .where(inArray(regions.id, [...regionIds]))
    .for('update');
}

export async function insertPeerGroup(db: Db, group: typeof peerGroups.$inferInsert): Promise<PeerGroupRow> {
  const [row] = await db.insert(peerGroups).values(group).returning();
  if (!row) throw new Error('insert into peer_groups returned no row');
  return row;
}

export async function lockPeerGroup(db: Db, id: string): Promise<PeerGroupRow | null> {
  const [row] = await db.select().from(peerGroups).where(eq(peerGroups.id, id)).for('update');
  return row ?? null;
}

export async function updatePeerGroupRow(
  db: Db,
  id: string,
  patch: Partial<typeof peerGroups.$inferInsert>,
): Promise<PeerGroupRow | null> {
  if (Object.keys(patch).length === 0) return lockPeerGroup(db, id);
  const [row] = await db.update(peerGroups).set(patch).where(eq(peerGroups.id, id)).returning();
  return row ?? null;
}

/**
 * Makes `regionIds` the group's members and raises the version of every region that joined or left it; returns those
 * regions, whose peer group changed.
 */
export async function setPeerGroupMembers(
  db: Db,
  peerGroupId: string,
  regionIds: readonly string[],
): Promise<{ id: string; version: number }[]> {
  const raised = { version: sql`${regions.version} + 1`, updatedAt: new Date() };
  const returned = { id: regions.id, version: regions.version };
  const left = await db
    .update(regions)
    .set({ peerGroupId: null, ...raised })
    .where(and(eq(regions.peerGroupId, peerGroupId), notInArray(regions.id, [...regionIds])))
    .returning(returned);
  const joined = await db
    .update(regions)
    .set({ peerGroupId, ...raised })
    .where(
      and(inArray(regions.id, [...regionIds]), or(isNull(regions.peerGroupId), ne(regions.peerGroupId, peerGroupId))),
    )
    .returning(returned);
  return [...left, ...joined];
}

export async function memberIdsOf(db: Db, peerGroupId: string): Promise<string[]> {
  const rows = await db.select({ id: regions.id }).from(regions).where(eq(regions.peerGroupId, peerGroupId));
  return rows.map((row) => row.id);
}
