import type { DatabaseConnection } from '@mitmach/db';
import { createSubgraphServer, type SubgraphModule, type SubgraphServerContext } from '@mitmach/server-kit';
import type { PeopleContext } from './context';
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

export const peopleModule: SubgraphModule = {
  name: subgraphName,
  migrate: migratePeople,
  seedDemoData: (connection) => seedDemoPeople(connection.drizzle()),
  createServer: createPeopleServer,
  // People neither publishes nor consumes events yet; erasure events arrive with the GDPR issue.
  createWorkers: () => [],
};
