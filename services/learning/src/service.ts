import type { DatabaseConnection } from '@mitmach/db';
import { createSubgraphServer, type SubgraphModule, type SubgraphServerContext } from '@mitmach/server-kit';
import type { LearningContext } from './context';
import { createLoaders } from './loaders';
import { migrationsFolder } from './paths';
import { seedDemoLearning } from './seed/seed';
import { learningSchema, subgraphName } from './subgraph';

export const databaseSchema = 'learning';

export function migrateLearning(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export function createLearningServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  return createSubgraphServer<LearningContext>({
    name: subgraphName,
    schema: learningSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => ({ ...base, db, loaders: createLoaders(db) }),
    ready: () => options.connection.ping(),
  });
}

export const learningModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateLearning,
  seedDemoData: (connection) => seedDemoLearning(connection.drizzle()),
  createServer: createLearningServer,
  // Learning writes no events and consumes none, so it runs no outbox relay and no consumers.
  createWorkers: () => [],
};
