import type { DatabaseConnection } from '@mitmach/db';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { StatisticsContext } from './context';
import { statisticsConsumer } from './events/statistics-consumer';
import { registerFiguresExport } from './export/figures-export.route';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { seedDemoStatistics } from './seed/seed';
import { statisticsSchema, subgraphName } from './subgraph';

export const databaseSchema = 'statistics';

export function migrateStatistics(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export async function createStatisticsServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  const server = await createSubgraphServer<StatisticsContext>({
    name: subgraphName,
    schema: statisticsSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => ({
      ...base,
      db,
      loaders: createLoaders(db),
      events: statisticsConsumer(db, null, options.logger),
    }),
    ready: () => options.connection.ping(),
  });
  registerFiguresExport(server.app, { db, callerSecret: options.callerSecret });
  return server;
}

/** The consumer that builds the read model; statistics publishes no events of its own, so it has no outbox. */
export function createStatisticsWorkers({ connection, transport, logger }: WorkerContext) {
  return [statisticsConsumer(connection.drizzle(), transport, logger)];
}

export const statisticsModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateStatistics,
  seedDemoData: (connection) => seedDemoStatistics(connection.drizzle()),
  createServer: createStatisticsServer,
  createWorkers: createStatisticsWorkers,
};
