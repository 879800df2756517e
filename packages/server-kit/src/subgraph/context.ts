import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import type { ConsumerOutcome, DeadLetterRow } from '@mitmach/events';
import type { Logger } from 'pino';

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  caller: Caller;
  requestId: string;
  log: Logger;
}

/** Staff's view of a consuming service's dead letters. */
export interface DeadLetters {
  list(options?: { includeReplayed?: boolean }): Promise<DeadLetterRow[]>;
  replay(id: string): Promise<ConsumerOutcome | null>;
}

/** The request context of a subgraph defined with `defineSubgraph`; a service adds its loaders and the like. */
export interface SubgraphContext extends RequestContext {
  db: Db;
  /** Null for a service that consumes no events. */
  deadLetters: DeadLetters | null;
}
