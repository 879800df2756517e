import type { Db } from '@mitmach/db';
import type { Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import { lapseDueApplicants } from '../applications/applications.service';
import { createPollingWorker } from '../polling-worker';
import { lapseDueGuests } from './guests.service';

/** Lets guests' holds and unconfirmed region applications lapse once their hold_until is over. */
export function createLapseWorker(options: { db: Db; logger: Logger; pollIntervalMs?: number }): Worker {
  return createPollingWorker({
    name: 'guest-lapses',
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs ?? 30_000,
    round: async () => (await lapseDueGuests(options.db)) + (await lapseDueApplicants(options.db)),
    done: 'unconfirmed guest registrations and applications lapsed',
    failed: 'letting guest registrations and applications lapse failed',
  });
}
