import type { DatabaseConnection } from '@mitmach/db';
import {
  createRegionsServer,
  migrateRegions,
  subgraphName as regionsName,
  seedDemoRegions,
} from '@mitmach/regions-service';
import type { SubgraphServer } from '@mitmach/server-kit';
import type { Logger } from 'pino';

export interface SubgraphServerContext {
  connection: DatabaseConnection;
  logger: Logger;
  callerSecret: string;
}

/** What the embedded platform needs to know of each subgraph service. */
export interface SubgraphModule {
  name: string;
  migrate(connection: DatabaseConnection): Promise<void>;
  seedDemoData(connection: DatabaseConnection): Promise<unknown>;
  createServer(context: SubgraphServerContext): Promise<SubgraphServer>;
}

export const subgraphModules: SubgraphModule[] = [
  {
    name: regionsName,
    migrate: migrateRegions,
    seedDemoData: (connection) => seedDemoRegions(connection.drizzle()),
    createServer: createRegionsServer,
  },
];
