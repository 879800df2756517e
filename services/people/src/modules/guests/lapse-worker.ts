import type { Db } from '@mitmach/db';
import { type Worker, wakeable } from '@mitmach/events';
import type { Logger } from 'pino';
import { lapseDueGuests } from './guests.service';

/**
 * Lets guests' holds lapse once their time is over. The due time is the row's hold_until, so a restart loses nothing:
 * whatever fell due meanwhile lapses in the first round after it.
 */
export function createLapseWorker(options: { db: Db; logger: Logger; pollIntervalMs?: number }): Worker {
  const logger = options.logger.child({ worker: 'guest-lapses' });
  const pollIntervalMs = options.pollIntervalMs ?? 30_000;
  const sleeper = wakeable();
  let running: Promise<void> | null = null;
  let stopping = false;
  let healthy = false;

  async function loop(): Promise<void> {
    while (!stopping) {
      let lapsed = 0;
      try {
        lapsed = await lapseDueGuests(options.db);
        if (lapsed > 0) logger.info({ lapsed }, 'unconfirmed guest registrations lapsed');
        healthy = true;
      } catch (error) {
        healthy = false;
        logger.error({ err: error }, 'letting guest registrations lapse failed');
      }
      if (lapsed === 0 && !stopping) await sleeper.sleep(pollIntervalMs);
    }
  }

  return {
    name: 'guest-lapses',
    async start() {
      if (running) return;
      stopping = false;
      healthy = true;
      running = loop();
    },
    async stop() {
      stopping = true;
      sleeper.wake();
      await running;
      running = null;
      healthy = false;
    },
    ready: () => running !== null && healthy,
  };
}
