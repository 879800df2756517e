import type { DatabaseConnection, DrizzleOptions } from '@mitmach/db';
import type { EventTransport, Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import type { SubgraphServer } from './subgraph-server';

export interface SubgraphServerContext {
  connection: DatabaseConnection;
  logger: Logger;
  /** Shared with the gateway, to verify the caller header. */
  callerSecret: string;
  /** Observes every SQL statement; tests use it to prove batching. */
  onQuery?: DrizzleOptions['onQuery'];
}

export interface WorkerContext {
  connection: DatabaseConnection;
  transport: EventTransport;
  logger: Logger;
}

/** What the embedded platform, the distributed entry points and the test federation need of each subgraph service. */
export interface SubgraphModule {
  name: string;
  migrate(connection: DatabaseConnection): Promise<void>;
  /** Loads the demo network's data once; leaves a database that has data as it is. */
  seedDemoData(connection: DatabaseConnection): Promise<unknown>;
  createServer(context: SubgraphServerContext): Promise<SubgraphServer>;
  /** The service's outbox relay and event consumers. */
  createWorkers(context: WorkerContext): Worker[];
}
