import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { type ToolkitItemRow, toolkitItems } from '../../db/schema';
import { byTitle } from '../title-order';

export type NewToolkitItem = typeof toolkitItems.$inferInsert;

export async function listToolkitItems(
  db: Db,
  filter: { kinds?: readonly ToolkitItemRow['kind'][] | null },
  page: Page,
): Promise<{ rows: ToolkitItemRow[]; totalCount: number }> {
  const where: SQL | undefined = filter.kinds?.length ? inArray(toolkitItems.kind, [...filter.kinds]) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(toolkitItems)
      .where(where)
      .orderBy(byTitle(toolkitItems.title), asc(toolkitItems.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(toolkitItems).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function toolkitItemsByIds(db: Db, ids: readonly string[]): Promise<ToolkitItemRow[]> {
  return db
    .select()
    .from(toolkitItems)
    .where(inArray(toolkitItems.id, [...ids]));
}

export async function lockToolkitItem(db: Db, id: string): Promise<ToolkitItemRow | null> {
  const [row] = await db.select().from(toolkitItems).where(eq(toolkitItems.id, id)).for('update');
  return row ?? null;
}

export async function insertToolkitItem(db: Db, item: NewToolkitItem): Promise<ToolkitItemRow> {
  const [row] = await db.insert(toolkitItems).values(item).returning();
  if (!row) throw new Error('insert into toolkit_items returned no row');
  return row;
}

export async function updateToolkitItemRow(
  db: Db,
  id: string,
  patch: Partial<NewToolkitItem>,
): Promise<ToolkitItemRow> {
  const [row] = await db
    .update(toolkitItems)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(toolkitItems.id, id))
    .returning();
  if (!row) throw new Error('update of toolkit_items returned no row');
  return row;
}
