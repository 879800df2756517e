import type { DatabaseConnection } from '@mitmach/db';
import { createSubgraphServer, type SubgraphModule, type SubgraphServerContext } from '@mitmach/server-kit';
import type { RegionsContext } from './context';
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
    createContext: (base) => ({ ...base, db, loaders: createLoaders(db) }),
    ready: () => options.connection.ping(),
  });
}

export const regionsModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateRegions,
  seedDemoData: (connection) => seedDemoRegions(connection.drizzle()),
  createServer: createRegionsServer,
};
