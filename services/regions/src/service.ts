import type { DatabaseConnection, DrizzleOptions } from '@mitmach/db';
import { createSubgraphServer, type SubgraphServer } from '@mitmach/server-kit';
import type { Logger } from 'pino';
import type { RegionsContext } from './context';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { regionsSchema, subgraphName } from './subgraph';

export const databaseSchema = 'regions';

export function migrateRegions(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export interface RegionsServerOptions {
  connection: DatabaseConnection;
  logger: Logger;
  callerSecret: string;
  /** Observes every SQL statement; tests use it to prove batching. */
  onQuery?: DrizzleOptions['onQuery'];
}

export function createRegionsServer(options: RegionsServerOptions): Promise<SubgraphServer> {
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
