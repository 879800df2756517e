import type { Db } from '@mitmach/db';
import { and, eq, sql } from 'drizzle-orm';
import type { DeadLettersTable } from '../consumer/consumer-tables';
import { topicOf } from '../contract';
import { personErased } from '../contracts/people';

/**
 * Deletes this service's dead letters of the person topic that name the person. Those events name a person by id in
 * clear (they cannot be sealed with a key the erasure deletes, since every service must read the id to apply it), so
 * an erasure that arrived as a replayed dead letter, or followed one, would otherwise keep the id in the dead-letter
 * table until retention pruning. Written in the erasure's transaction; a replayed letter disappears instead of being
 * marked replayed.
 */
export async function forgetDeadLettersOf(db: Db, table: DeadLettersTable, personId: string): Promise<void> {
  await db
    .delete(table)
    .where(and(eq(table.topic, topicOf(personErased)), sql`strpos(${table.value}, ${personId}) > 0`));
}
