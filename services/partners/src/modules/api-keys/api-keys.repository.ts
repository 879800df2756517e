import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { type ApiKeyRow, type ApiKeySecretRow, apiKeySecrets, apiKeys } from '../../db/schema';

export async function listApiKeys(db: Db, page: Page): Promise<{ rows: ApiKeyRow[]; totalCount: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(apiKeys)
      .orderBy(desc(apiKeys.createdAt), apiKeys.id)
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(apiKeys),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function apiKeysByIds(db: Db, ids: readonly string[]): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(inArray(apiKeys.id, [...ids]));
}

export async function lockApiKey(db: Db, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  return row ?? null;
}

export async function insertApiKey(db: Db, key: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  if (!row) throw new Error('inserting the API key returned nothing');
  return row;
}

export async function revokeApiKeyRow(db: Db, id: string, at: Date): Promise<ApiKeyRow> {
  const [row] = await db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
  if (!row) throw new Error(`API key ${id} vanished while revoking it`);
  return row;
}

export function insertSecret(db: Db, secret: typeof apiKeySecrets.$inferInsert) {
  return db.insert(apiKeySecrets).values(secret);
}

/**
 * Ends every secret of the key by `until` at the latest: a rotation without grace stops every earlier secret, including
 * one still in the grace period of an earlier rotation.
 */
export function endSecrets(db: Db, keyId: string, until: Date) {
  return db
    .update(apiKeySecrets)
    .set({ validUntil: until })
    .where(
      and(eq(apiKeySecrets.keyId, keyId), or(isNull(apiKeySecrets.validUntil), gt(apiKeySecrets.validUntil, until))),
    );
}

/** The secrets of these keys that still work, newest first. */
export function validSecretsByKeyIds(db: Db, keyIds: readonly string[], now: Date): Promise<ApiKeySecretRow[]> {
  return db
    .select()
    .from(apiKeySecrets)
    .where(
      and(
        inArray(apiKeySecrets.keyId, [...keyIds]),
        or(isNull(apiKeySecrets.validUntil), gt(apiKeySecrets.validUntil, now)),
      ),
    )
    .orderBy(desc(apiKeySecrets.createdAt));
}

/** The key a secret hash belongs to, with the end of that secret's validity. */
export async function keyBySecretHash(
  db: Db,
  secretHash: string,
): Promise<{ key: ApiKeyRow; validUntil: Date | null } | null> {
  const [row] = await db
    .select({ key: apiKeys, validUntil: apiKeySecrets.validUntil })
    .from(apiKeySecrets)
    .innerJoin(apiKeys, eq(apiKeys.id, apiKeySecrets.keyId))
    .where(eq(apiKeySecrets.secretHash, secretHash));
  return row ?? null;
}

/**
 * Records when keys were last used, all in one statement; a later time never moves back. The uses are reduced to one
 * row per key first because an update joined to several rows for the same key applies only one of them.
 */
export async function recordLastUse(db: Db, uses: readonly { keyId: string; at: Date }[]): Promise<void> {
  if (uses.length === 0) return;
  const values = sql.join(
    uses.map((use) => sql`(${use.keyId}::uuid, ${use.at.toISOString()}::timestamptz)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${apiKeys} set last_used_at = greatest(coalesce(${apiKeys.lastUsedAt}, used.at), used.at)
    from (select key_id, max(at) as at from (values ${values}) as uses(key_id, at) group by key_id) as used
    where ${apiKeys.id} = used.key_id`);
}
