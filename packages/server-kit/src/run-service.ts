import { connectPostgres } from '@mitmach/db';
import { createEventTransport, type EventTransportSettings, TransportSettingsError } from '@mitmach/events';
import { createLogger, type LogLevel } from './logger';
import { stopOnSignals } from './shutdown';
import type { SubgraphModule } from './subgraph-module';

export interface ServiceSettings extends EventTransportSettings {
  DATABASE_URL: string;
  HOST: string;
  PORT: number;
  CALLER_CONTEXT_SECRET: string;
  LOG_LEVEL: LogLevel;
  SEED_DEMO_DATA: boolean;
}

/**
 * The distributed entry point of a subgraph service: migrate, optionally seed, serve, run its outbox relay and
 * consumers on the configured transport, and stop all of it cleanly on SIGINT/SIGTERM.
 */
export async function runService(module: SubgraphModule, settings: ServiceSettings): Promise<void> {
  const logger = createLogger(`${module.name}-service`, settings.LOG_LEVEL);
  const connection = connectPostgres({ url: settings.DATABASE_URL, applicationName: `${module.name}-service` });
  let transport: Awaited<ReturnType<typeof createEventTransport>>;
  try {
    transport = await createEventTransport(settings, { connection, logger, clientId: `${module.name}-service` });
  } catch (error) {
    if (!(error instanceof TransportSettingsError)) throw error;
    process.stderr.write(`Invalid configuration:\n  - ${error.message}\n`);
    process.exit(1);
  }
  await module.migrate(connection);
  if (settings.SEED_DEMO_DATA) logger.info({ result: await module.seedDemoData(connection) }, 'demo data');
  const { app } = await module.createServer({ connection, logger, callerSecret: settings.CALLER_CONTEXT_SECRET });
  await app.listen({ host: settings.HOST, port: settings.PORT });
  const workers = module.createWorkers({ connection, transport, logger });
  for (const worker of workers) await worker.start();
  stopOnSignals(logger, async () => {
    await app.close();
    for (const worker of workers) await worker.stop();
    await transport.close();
    await connection.close();
  });
}
