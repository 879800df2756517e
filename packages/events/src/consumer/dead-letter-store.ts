import type { Db } from '@mitmach/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Fence } from '../lease/role-lease';
import type { TransportRecord } from '../transport/transport';
import type { DeadLetterRow, DeadLettersTable } from './consumer-tables';

export interface DeadLetterStoreOptions {
  group: string;
  db: Db;
  table: DeadLettersTable;
  logger: Logger;
}

/** The events one consumer group could not apply, kept with their last error until staff replay or discard them. */
export interface DeadLetterStore {
  readonly group: string;
  /** Parks a record; `fence`, when given, runs first in the same transaction. */
  park(
    record: TransportRecord,
    eventName: string | null,
    error: string,
    attempts: number,
    fence?: Fence,
  ): Promise<void>;
  list(options?: { includeReplayed?: boolean }): Promise<DeadLetterRow[]>;
  find(id: string): Promise<DeadLetterRow | undefined>;
  markReplayed(id: string): Promise<void>;
  /** A letter that fails again stays one letter, with the newest error. */
  markFailedAgain(letter: DeadLetterRow, error: string, attempts: number): Promise<void>;
}

export function createDeadLetterStore({ group, db, table, logger }: DeadLetterStoreOptions): DeadLetterStore {
  const log = logger.child({ group });
  return {
    group,
    async park(record, eventName, error, attempts, fence) {
      await db.transaction(async (tx) => {
        await fence?.(tx);
        await tx.insert(table).values({
          consumerGroup: group,
          eventId: record.eventId,
          eventName,
          topic: record.topic,
          value: record.value,
          error,
          attempts,
        });
      });
      log.error({ eventId: record.eventId, eventName, error, attempts }, 'event parked as dead letter');
    },
    list({ includeReplayed = false } = {}) {
      const ofGroup = eq(table.consumerGroup, group);
      return db
        .select()
        .from(table)
        .where(includeReplayed ? ofGroup : and(ofGroup, isNull(table.replayedAt)))
        .orderBy(desc(table.failedAt));
    },
    async find(id) {
      const [letter] = await db
        .select()
        .from(table)
        .where(and(eq(table.id, id), eq(table.consumerGroup, group)));
      return letter;
    },
    async markReplayed(id) {
      await db.update(table).set({ replayedAt: new Date() }).where(eq(table.id, id));
    },
    async markFailedAgain(letter, error, attempts) {
      await db
        .update(table)
        .set({ error, attempts: letter.attempts + attempts, failedAt: new Date() })
        .where(eq(table.id, letter.id));
    },
  };
}
