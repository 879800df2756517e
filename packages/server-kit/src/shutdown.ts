import type { Logger } from 'pino';

/** Runs `stop` once on SIGINT or SIGTERM and exits; a second signal exits at once. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: signal-exit (loaded by dependencies) re-raises a signal when it sees no other listener left,
  // and a `once` listener is removed before it runs.
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
