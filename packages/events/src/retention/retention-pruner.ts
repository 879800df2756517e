import type { Db } from '@mitmach/db';
import { and, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';
import type { DeadLettersTable, ProcessedEventsTable } from '../consumer/consumer-tables';
import type { OutboxTable } from '../outbox/outbox-table';
import { type Worker, wakeable } from '../worker';

export interface RetentionPrunerOptions {
  db: Db;
  logger: Logger;
  outbox?: OutboxTable | undefined;
  processed?: ProcessedEventsTable | undefined;
  deadLetters?: DeadLettersTable | undefined;
  /**
   * How long published outbox rows, processed ids and replayed dead letters are kept. It must outlast any
   * redelivery: a processed id pruned before its event comes again would let the event apply twice.
   */
  retentionMs: number;
  intervalMs?: number;
  /** Rows deleted per statement, so that no prune holds locks for long. */
  batchSize?: number;
}

export interface PruneCounts {
  outbox: number;
  processed: number;
  deadLetters: number;
}

/** Deletes, in batches, the rows of `table` that `old` selects, by `key`; returns how many went. */
async function pruneInBatches(
  db: Db,
  table: PgTable,
  key: PgColumn,
  old: SQL | undefined,
  batchSize: number,
): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = db.select({ key }).from(table).where(old).limit(batchSize);
    const deleted = await db.delete(table).where(inArray(key, batch)).returning({ key });
    total += deleted.length;
    if (deleted.length < batchSize) return total;
  }
}

/**
 * Keeps the event tables of a service from growing forever: published outbox rows and processed event ids older than
 * the retention, and dead letters replayed longer ago than that. Unpublished outbox rows and dead letters that still
 * wait for a replay are never touched.
 */
export function createRetentionPruner(options: RetentionPrunerOptions) {
  const logger = options.logger.child({ worker: 'retention-pruner' });
  const batchSize = options.batchSize ?? 1_000;

  async function prune(): Promise<PruneCounts> {
    const before = new Date(Date.now() - options.retentionMs);
    const { db, outbox, processed, deadLetters } = options;
    return {
      outbox: outbox
        ? await pruneInBatches(
            db,
            outbox,
            outbox.position,
            and(isNotNull(outbox.publishedAt), lt(outbox.publishedAt, before)),
            batchSize,
          )
        : 0,
      processed: processed
        ? await pruneInBatches(db, processed, processed.eventId, lt(processed.processedAt, before), batchSize)
        : 0,
      deadLetters: deadLetters
        ? await pruneInBatches(
            db,
            deadLetters,
            deadLetters.id,
            and(isNotNull(deadLetters.replayedAt), lt(deadLetters.replayedAt, before)),
            batchSize,
          )
        : 0,
    };
  }

  let running = false;
  let healthy = true;
  let loop: Promise<void> | null = null;
  const signal = wakeable();
  const worker: Worker & { prune(): Promise<PruneCounts> } = {
    name: 'retention-pruner',
    prune,
    async start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          try {
            const counts = await prune();
            healthy = true;
            if (counts.outbox + counts.processed + counts.deadLetters > 0) logger.info(counts, 'pruned event rows');
          } catch (error) {
            healthy = false;
            logger.warn({ err: error }, 'pruning failed; trying again at the next round');
          }
          await signal.sleep(options.intervalMs ?? 3_600_000);
        }
      })();
    },
    async stop() {
      running = false;
      signal.wake();
      await loop;
      loop = null;
    },
    ready: () => !running || healthy,
  };
  return worker;
}
