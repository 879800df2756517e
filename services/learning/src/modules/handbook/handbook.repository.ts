import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, eq, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import { type HandbookChapterRow, handbookChapters } from '../../db/schema';

export type NewHandbookChapter = typeof handbookChapters.$inferInsert;

export async function listChapters(db: Db, page: Page): Promise<{ rows: HandbookChapterRow[]; totalCount: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(handbookChapters)
      .orderBy(asc(handbookChapters.number))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(handbookChapters),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function chaptersByIds(db: Db, ids: readonly string[]): Promise<HandbookChapterRow[]> {
  return db
    .select()
    .from(handbookChapters)
    .where(inArray(handbookChapters.id, [...ids]));
}

export async function chapterByNumber(db: Db, number: number): Promise<HandbookChapterRow | null> {
  const [row] = await db.select().from(handbookChapters).where(eq(handbookChapters.number, number));
  return row ?? null;
}

/** Chapters whose pages overlap `firstPage`..`lastPage`, apart from `exceptId`. */
export function overlappingChapters(
  db: Db,
  firstPage: number,
  lastPage: number,
  exceptId: string | null,
): Promise<HandbookChapterRow[]> {
  const conditions: SQL[] = [lte(handbookChapters.firstPage, lastPage), gte(handbookChapters.lastPage, firstPage)];
  if (exceptId) conditions.push(ne(handbookChapters.id, exceptId));
  return db
    .select()
    .from(handbookChapters)
    .where(and(...conditions))
    .orderBy(asc(handbookChapters.number));
}

/**
 * Serialises chapter changes until the transaction ends: page ranges are checked across chapters, and row locks would
 * not stop a concurrent insert.
 */
export async function lockHandbook(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('learning:handbook'))`);
}

export async function insertChapter(db: Db, chapter: NewHandbookChapter): Promise<HandbookChapterRow> {
  const [row] = await db.insert(handbookChapters).values(chapter).returning();
  if (!row) throw new Error('insert into handbook_chapters returned no row');
  return row;
}

export async function updateChapterRow(
  db: Db,
  id: string,
  patch: Partial<NewHandbookChapter>,
): Promise<HandbookChapterRow> {
  const [row] = await db
    .update(handbookChapters)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(handbookChapters.id, id))
    .returning();
  if (!row) throw new Error('update of handbook_chapters returned no row');
  return row;
}
