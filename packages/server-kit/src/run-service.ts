import { connectPostgres } from '@mitmach/db';
import { createEventTransport } from '@mitmach/events';
import { readServiceEnv } from './env';
import { createLifecycle } from './lifecycle/lifecycle';
import { addSubgraphSteps } from './lifecycle/subgraph-steps';
import { createLogger } from './logger';
import { stopOnSignals } from './shutdown';
import type { Subgraph } from './subgraph/define-subgraph';
import { startTracing } from './tracing/start-tracing';

/**
 * The distributed entry point of a subgraph service: migrate, optionally seed, serve, run its outbox relay and
 * consumer on the configured transport, and stop all of it in reverse order on SIGINT/SIGTERM.
 */
export async function runService(subgraph: Subgraph): Promise<void> {
  const settings = readServiceEnv(subgraph.port);
  const clientId = `${subgraph.name}-service`;
  const logger = createLogger(clientId, settings.LOG_LEVEL);
  const tracing = startTracing(settings, { serviceName: clientId, logger });
  const connection = connectPostgres({
    url: settings.DATABASE_URL,
    applicationName: clientId,
    statementTimeoutMs: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: settings.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS,
  });
  const lifecycle = createLifecycle({ logger });
  // First in, last out: spans of the whole stop are still exported.
  if (tracing) lifecycle.add({ name: 'tracing', start: async () => {}, stop: () => tracing.shutdown() });
  lifecycle.add({ name: 'database', start: async () => {}, stop: () => connection.close() });
  addSubgraphSteps(lifecycle, [subgraph], {
    connection,
    logger,
    callerKey: settings.CALLER_VERIFICATION_KEY,
    allowUnsignedCallers: settings.ALLOW_UNSIGNED_CALLERS,
    seed: settings.SEED_DEMO_DATA,
    host: settings.HOST,
    port: () => settings.PORT,
    openTransport: () => createEventTransport(settings, { connection, logger, clientId }),
    eventRetentionMs: settings.EVENT_RETENTION_HOURS * 3_600_000,
  });
  stopOnSignals(logger, () => lifecycle.stop());
  try {
    await lifecycle.start();
  } catch (error) {
    logger.fatal({ err: error }, 'the service could not start');
    process.exit(1);
  }
}
