import type { DatabaseConnection } from '@mitmach/db';
import { createOutboxRelay } from '@mitmach/events';
import {
  createSubgraphServer,
  type SubgraphModule,
  type SubgraphServerContext,
  type WorkerContext,
} from '@mitmach/server-kit';
import type { LearningContext } from './context';
import { outbox } from './db/schema';
import { learningConsumer } from './events/learning-consumer';
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
    createContext: (base) => ({
      ...base,
      db,
      loaders: createLoaders(db),
      events: learningConsumer(db, null, options.logger),
    }),
    ready: () => options.connection.ping(),
  });
}

/** The outbox relay (enrolment changes) and the consumer of the events learning reacts to (person erased). */
export function createLearningWorkers({ connection, transport, logger }: WorkerContext) {
  return [
    createOutboxRelay({ connection, outbox, transport, logger }),
    learningConsumer(connection.drizzle(), transport, logger),
  ];
}

export const learningModule: SubgraphModule = {
  name: subgraphName,
  migrate: migrateLearning,
  seedDemoData: (connection) => seedDemoLearning(connection.drizzle()),
  createServer: createLearningServer,
  createWorkers: createLearningWorkers,
};
