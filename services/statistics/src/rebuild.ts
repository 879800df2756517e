import { connectPostgres } from '@mitmach/db';
import { createEventTransport, TransportSettingsError } from '@mitmach/events';
import { createLogger } from '@mitmach/server-kit';
import { env } from './rebuild/env';
import { ConsumerRunningError, rebuildStatistics } from './rebuild/rebuild-statistics';
import { statisticsSubgraph } from './subgraph';

// `pnpm --filter @mitmach/statistics-service rebuild`: empties the read model and rewinds the consumer group; the
// statistics service replays every event when it starts again.
const logger = createLogger('statistics-rebuild', env.LOG_LEVEL);
const connection = connectPostgres({ url: env.DATABASE_URL, applicationName: 'statistics-rebuild' });

function fail(message: string): never {
  process.stderr.write(`Rebuild failed: ${message}\n`);
  process.exit(1);
}

let transport: Awaited<ReturnType<typeof createEventTransport>>;
try {
  transport = await createEventTransport(env, { connection, logger, clientId: 'statistics-rebuild' });
} catch (error) {
  if (error instanceof TransportSettingsError) fail(error.message);
  throw error;
}
try {
  await statisticsSubgraph.migrate(connection);
  await rebuildStatistics({ connection, transport, logger });
  process.stdout.write('Statistics read model emptied; start the statistics service to replay every event.\n');
} catch (error) {
  if (error instanceof ConsumerRunningError) fail(error.message);
  throw error;
} finally {
  await transport.close();
  await connection.close();
}
