import type { DatabaseConnection } from '@mitmach/db';
import { createSubgraphServer, type SubgraphModule, type SubgraphServerContext } from '@mitmach/server-kit';
import type { ActionPoolContext } from './context';
import { createLoaders } from './loaders';
import { actionVisibility } from './modules/actions/action-visibility';
import { migrationsFolder } from './paths';
import { seedDemoActions } from './seed/seed';
import { actionPoolSchema, subgraphName } from './subgraph';

export const databaseSchema = 'action_pool';

export function migrateActionPool(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: databaseSchema });
}

export function createActionPoolServer(options: SubgraphServerContext) {
  const db = options.connection.drizzle({ onQuery: options.onQuery });
  return createSubgraphServer<ActionPoolContext>({
    name: subgraphName,
    schema: actionPoolSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => {
      const visibility = actionVisibility(base.caller);
      return { ...base, db, visibility, loaders: createLoaders(db, visibility) };
    },
    ready: () => options.connection.ping(),
  });
}

export const actionPoolModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateActionPool,
  seedDemoData: (connection) => seedDemoActions(connection.drizzle()),
  createServer: createActionPoolServer,
  createWorkers: () => [],
};
