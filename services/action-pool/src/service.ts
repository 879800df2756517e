import type { DatabaseConnection } from '@mitmach/db';
import { createOutboxRelay } from '@mitmach/events';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { ActionPoolContext } from './context';
import { outbox } from './db/schema';
import { actionPoolConsumer } from './events/action-pool-consumer';
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
  const events = actionPoolConsumer(db, null, options.logger);
  return createSubgraphServer<ActionPoolContext>({
    name: subgraphName,
    schema: actionPoolSchema(),
    logger: options.logger,
    callerSecret: options.callerSecret,
    createContext: (base) => {
      const visibility = actionVisibility(base.caller);
      return { ...base, db, visibility, loaders: createLoaders(db, visibility), events };
    },
    ready: () => options.connection.ping(),
  });
}

/** The outbox relay and the consumer of the events the action pool reacts to (outcomes recorded at conferences). */
export function createActionPoolWorkers({ connection, transport, logger }: WorkerContext) {
  return [
    createOutboxRelay({ connection, outbox, transport, logger }),
    actionPoolConsumer(connection.drizzle(), transport, logger),
  ];
}

export const actionPoolModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateActionPool,
  seedDemoData: (connection) => seedDemoActions(connection.drizzle()),
  createServer: createActionPoolServer,
  createWorkers: createActionPoolWorkers,
};
