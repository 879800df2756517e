import type { DatabaseConnection } from '@mitmach/db';
import { createOutboxRelay } from '@mitmach/events';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { RegionsContext } from './context';
import { outbox } from './db/schema';
import { regionsConsumer } from './events/regions-consumer';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { seedDemoRegions } from './seed/seed';
import { regionsSchema, subgraphName } from './subgraph';

export const databaseSchema = 'regions';

export function migrateRegions(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export function createRegionsServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  return createSubgraphServer<RegionsContext>({
    name: subgraphName,
    schema: regionsSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => ({
      ...base,
      db,
      loaders: createLoaders(db),
      events: regionsConsumer(db, null, options.logger),
    }),
    ready: () => options.connection.ping(),
  });
}

/** The outbox relay and the consumer of the events regions reacts to. */
export function createRegionsWorkers({ connection, transport, logger }: WorkerContext) {
  return [
    createOutboxRelay({ connection, outbox, transport, logger }),
    regionsConsumer(connection.drizzle(), transport, logger),
  ];
}

export const regionsModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateRegions,
  seedDemoData: (connection) => seedDemoRegions(connection.drizzle()),
  createServer: createRegionsServer,
  createWorkers: createRegionsWorkers,
};
