import type { DatabaseConnection } from '@mitmach/db';
import { createOutboxRelay } from '@mitmach/events';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { PeopleContext } from './context';
import { outbox } from './db/schema';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { seedDemoPeople } from './seed/seed';
import { peopleSchema, subgraphName } from './subgraph';

export const databaseSchema = 'people';

export function migratePeople(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export function createPeopleServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  return createSubgraphServer<PeopleContext>({
    name: subgraphName,
    schema: peopleSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => ({ ...base, db, loaders: createLoaders(db) }),
    ready: () => options.connection.ping(),
  });
}

/** The outbox relay: people publishes erasures and consumes no events, so it has no consumer (and no dead letters). */
export function createPeopleWorkers({ connection, transport, logger }: WorkerContext) {
  return [createOutboxRelay({ connection, outbox, transport, logger })];
}

export const peopleModule: SubgraphModule = {
  name: subgraphName,
  migrate: migratePeople,
  seedDemoData: (connection) => seedDemoPeople(connection.drizzle()),
  createServer: createPeopleServer,
  createWorkers: createPeopleWorkers,
};
