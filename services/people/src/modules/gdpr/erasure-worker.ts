import type { Db } from '@mitmach/db';
import type { EventTransport, Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import { createPollingWorker } from '../polling-worker';
import { removeErasureAnnouncements } from './erasure-announcements';
import { reapplyRestoredErasures } from './reapply-erasures';

/**
 * Keeps erasures done: erases again a person whose row came back with a restored backup (in its first round, at
 * start, and then periodically), and removes the announcements of erasures that every service has applied.
 */
export function createErasureWorker(options: {
  db: Db;
  logger: Logger;
  transport: EventTransport;
  pollIntervalMs?: number;
}): Worker {
  const logger = options.logger.child({ worker: 'erasures' });
  return createPollingWorker({
    name: 'erasures',
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    round: async () => {
      const reapplied = await reapplyRestoredErasures(options.db);
      if (reapplied.length > 0) {
        logger.warn({ count: reapplied.length }, 'erased people came back with a restored backup; erased them again');
      }
      return reapplied.length + (await removeErasureAnnouncements(options.db, options.transport));
    },
    done: 'erasures re-applied or their announcements removed',
    failed: 'keeping erasures done failed',
  });
}
