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

// Key rows bind three parameters each, person ids one; both stay far below the 65535 parameters of a statement.
const personsPerStatement = 5_000;

/** The key of each person, made on first use; one insert and one select per chunk, whatever the number of people. */
async function keysOf(db: Db, table: PersonKeysTable, personIds: readonly string[]) {
  const distinct = [...new Set(personIds)];
  const byPerson = new Map<string, { keyId: string; key: string }>();
  for (let offset = 0; offset < distinct.length; offset += personsPerStatement) {
    const chunk = distinct.slice(offset, offset + personsPerStatement);
    await db
      .insert(table)
      .values(chunk.map((personId) => ({ keyId: randomUUID(), personId, key: randomBytes(32).toString('base64') })))
      .onConflictDoNothing({ target: table.personId });
    for (const row of await db.select().from(table).where(inArray(table.personId, chunk))) {
      byPerson.set(row.personId, row);
    }
  }
  return personIds.map((personId) => {
    const row = byPerson.get(personId);
    if (!row) throw new Error('the key of a person vanished while it was being used');
    return row;
  });
}

function seal(personId: string, { keyId, key }: { keyId: string; key: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(algorithm, Buffer.from(key, 'base64'), iv);
  cipher.setAAD(Buffer.from(keyId));
  const sealed = Buffer.concat([cipher.update(personId, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [prefix, keyId, iv.toString('base64url'), sealed.toString('base64url')].join('.');
}

/** Seals a person reference for an event payload; the person gets a key on first use. */
export async function sealPersonRef(db: Db, table: PersonKeysTable, personId: string): Promise<string> {
  const [sealed] = await sealPersonRefs(db, table, [personId]);
  if (sealed === undefined) throw new Error('the key of a person vanished while it was being used');
  return sealed;
}

/** Seals many person references at once, in the given order, for a change that names many people. */
export async function sealPersonRefs(db: Db, table: PersonKeysTable, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const keys = await keysOf(db, table, personIds);
  return personIds.map((personId, index) => seal(personId, keys[index] as { keyId: string; key: string }));
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
