import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@mitmach/db';
import { eq, inArray } from 'drizzle-orm';
import { type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sealedPersonRef } from '../contracts/common';

/**
 * One AES-256 key per person, held by the service that names people in its events. An event carries the person
 * sealed with their key; erasing the person deletes the key, and every copy of those events (outbox, event log,
 * Kafka, dead letters) names nobody any more. The key has an id of its own, so a sealed reference does not name the
 * person even to someone who can list the keys.
 */
export function personKeysTable(schema: PgSchema) {
  return schema.table('person_keys', {
    keyId: uuid().primaryKey(),
    personId: uuid().notNull().unique(),
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  });
}

export type PersonKeysTable = ReturnType<typeof personKeysTable>;

const prefix = 'pk1';
const algorithm = 'aes-256-gcm';

async function keyOf(db: Db, table: PersonKeysTable, personId: string) {
  await db
    .insert(table)
    .values({ keyId: randomUUID(), personId, key: randomBytes(32).toString('base64') })
    .onConflictDoNothing({ target: table.personId });
  const [row] = await db.select().from(table).where(eq(table.personId, personId));
  if (!row) throw new Error('the key of a person vanished while it was being used');
  return row;
}

/** Seals a person reference for an event payload; the person gets a key on first use. */
export async function sealPersonRef(db: Db, table: PersonKeysTable, personId: string): Promise<string> {
  const { keyId, key } = await keyOf(db, table, personId);
  const iv = randomBytes(12);
  const cipher = createCipheriv(algorithm, Buffer.from(key, 'base64'), iv);
  cipher.setAAD(Buffer.from(keyId));
  const sealed = Buffer.concat([cipher.update(personId, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [prefix, keyId, iv.toString('base64url'), sealed.toString('base64url')].join('.');
}

/**
 * Opens sealed references: the person id for each one whose key still exists, null for one whose person was erased
 * (or that was tampered with), so that a reader skips it.
 */
export async function openPersonRefs(
  db: Db,
  table: PersonKeysTable,
  refs: readonly string[],
): Promise<(string | null)[]> {
  const parts = refs.map((ref) => (sealedPersonRef.safeParse(ref).success ? ref.split('.') : null));
  const keyIds = [...new Set(parts.flatMap((part) => (part?.[1] ? [part[1]] : [])))];
  const keys = keyIds.length ? await db.select().from(table).where(inArray(table.keyId, keyIds)) : [];
  const byId = new Map(keys.map((row) => [row.keyId, row.key]));
  return parts.map((part) => {
    const [, keyId = '', iv = '', sealed = ''] = part ?? [];
    const key = byId.get(keyId);
    if (!key) return null;
    const bytes = Buffer.from(sealed, 'base64url');
    try {
      const decipher = createDecipheriv(algorithm, Buffer.from(key, 'base64'), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  });
}

/** Deletes the person's key: every reference sealed with it becomes unreadable. */
export async function deletePersonKey(db: Db, table: PersonKeysTable, personId: string): Promise<void> {
  await db.delete(table).where(eq(table.personId, personId));
}
