import { type Db, inWindow, rankWithin } from '@mitmach/db';
import type { Page, RankedRow } from '@mitmach/server-kit';
import { and, count, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { type PersistedDocumentRow, persistedDocuments } from '../../db/schema';

const newestFirst = sql`${persistedDocuments.createdAt} desc, ${persistedDocuments.hash}`;

/** Pages of the documents of several keys in one statement, for the key list's loader. */
export async function documentPagesByKeyIds(
  db: Db,
  keyIds: readonly string[],
  page: Page,
): Promise<RankedRow<PersistedDocumentRow>[]> {
  const ranked = db
    .select({ ...getTableColumns(persistedDocuments), ...rankWithin(persistedDocuments.keyId, newestFirst) })
    .from(persistedDocuments)
    .where(inArray(persistedDocuments.keyId, [...keyIds]))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(inWindow(ranked.position, page))
    .orderBy(ranked.keyId, ranked.position);
  return rows.map(({ position, total, ...row }) => ({ row, groupId: row.keyId, position, total }));
}

export async function documentCount(db: Db, keyId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(persistedDocuments).where(eq(persistedDocuments.keyId, keyId));
  return row?.value ?? 0;
}

export async function insertDocuments(
  db: Db,
  keyId: string,
  documents: readonly { hash: string; document: string }[],
): Promise<number> {
  const added = await db
    .insert(persistedDocuments)
    .values(documents.map((entry) => ({ keyId, ...entry })))
    .onConflictDoNothing()
    .returning({ hash: persistedDocuments.hash });
  return added.length;
}

export async function documentOfKey(db: Db, keyId: string, hash: string): Promise<string | null> {
  const [row] = await db
    .select({ document: persistedDocuments.document })
    .from(persistedDocuments)
    .where(and(eq(persistedDocuments.keyId, keyId), eq(persistedDocuments.hash, hash)));
  return row?.document ?? null;
}
