import { type Worker, wakeable } from '@mitmach/events';
import type { Logger } from 'pino';

/**
 * A worker that does rounds of due work, each taking what is due from the database: the next round follows at once
 * while a round found something, and after `pollIntervalMs` otherwise. What is due is kept in rows, so a restart
 * loses nothing: whatever fell due meanwhile is done in the first round after it.
 */
export function createPollingWorker(options: {
  name: string;
  logger: Logger;
  pollIntervalMs: number;
  /** One round; returns how many things it did, and logs nothing itself. */
  round: () => Promise<number>;
  done: string;
  failed: string;
}): Worker {
  const logger = options.logger.child({ worker: options.name });
  const sleeper = wakeable();
  let running: Promise<void> | null = null;
  let stopping = false;
  let healthy = false;

  async function loop(): Promise<void> {
    while (!stopping) {
      let count = 0;
      try {
        count = await options.round();
        if (count > 0) logger.info({ count }, options.done);
        healthy = true;
      } catch (error) {
        healthy = false;
        logger.error({ err: error }, options.failed);
      }
      if (count === 0 && !stopping) await sleeper.sleep(options.pollIntervalMs);
    }
  }

  return {
    name: options.name,
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
