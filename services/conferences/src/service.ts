import type { DatabaseConnection } from '@mitmach/db';
import { createOutboxRelay } from '@mitmach/events';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { ConferencesContext } from './context';
import { outbox } from './db/schema';
import { conferencesConsumer } from './events/conferences-consumer';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { seedDemoConferences } from './seed/seed';
import { conferencesSchema, subgraphName } from './subgraph';

export const databaseSchema = 'conferences';

export function migrateConferences(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export function createConferencesServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  return createSubgraphServer<ConferencesContext>({
    name: subgraphName,
    schema: conferencesSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => ({
      ...base,
      db,
      loaders: createLoaders(db, base.caller),
      events: conferencesConsumer(db, null, options.logger),
    }),
    ready: () => options.connection.ping(),
  });
}

/** The outbox relay and the consumer of the events conferences reacts to. */
export function createConferencesWorkers({ connection, transport, logger }: WorkerContext) {
  return [
    createOutboxRelay({ connection, outbox, transport, logger }),
    conferencesConsumer(connection.drizzle(), transport, logger),
  ];
}

export const conferencesModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateConferences,
  seedDemoData: (connection) => seedDemoConferences(connection.drizzle()),
  createServer: createConferencesServer,
  createWorkers: createConferencesWorkers,
};
