import type { DatabaseConnection, DrizzleOptions } from '@mitmach/db';
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

/** What the embedded platform and the test federation need to know of each subgraph service. */
export interface SubgraphModule {
  name: string;
  migrate(connection: DatabaseConnection): Promise<void>;
  /** Loads the demo network's data once; leaves a database that has data as it is. */
  seedDemoData(connection: DatabaseConnection): Promise<unknown>;
  createServer(context: SubgraphServerContext): Promise<SubgraphServer>;
}
