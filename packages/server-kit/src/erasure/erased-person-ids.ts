import type { Db } from '@mitmach/db';
import type { ErasedPersonIdsTable } from '@mitmach/events';
import { inArray, sql } from 'drizzle-orm';
import { type UserError, userError } from '../errors';

// Writers that reference a person hold a shared lock on the id until they commit, an erasure an exclusive one: an
// erasure waits for writes already under way and then finds their rows, and a write that comes later waits for the
// erasure and then finds the id erased. Writers do not wait for each other.
const lockKey = (personId: string) => sql`hashtextextended(${`person:${personId}`}, 0)`;

/** Taken by the handler that erases a person here, before it looks for the person's rows. */
export async function lockPersonForErasure(db: Db, personId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${lockKey(personId)})`);
}

/** Records an erased id; recording it again keeps the first date. */
export async function recordErasedPerson(
  db: Db,
  table: ErasedPersonIdsTable,
  personId: string,
  erasedAt: Date,
): Promise<void> {
  await db.insert(table).values({ personId, erasedAt }).onConflictDoNothing();
}

/**
 * Refuses, in the transaction of a write, references to erased people: NOT_FOUND as for an id that never existed,
 * for the person is gone and the write must not bring them back into any table.
 */
export async function erasedPersonErrors(
  db: Db,
  table: ErasedPersonIdsTable,
  personIds: readonly string[],
  field: string[],
): Promise<UserError[]> {
  const ids = [...new Set(personIds)].sort();
  if (ids.length === 0) return [];
  for (const id of ids) await db.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(id)})`);
  const erased = await db.select({ personId: table.personId }).from(table).where(inArray(table.personId, ids));
  return erased.map((row) =>
    userError(field, `There is no person with id ${row.personId}: the person was erased.`, 'NOT_FOUND'),
  );
}
