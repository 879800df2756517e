import { fileURLToPath } from 'node:url';
import { type Caller, createCallerVerifier } from '@mitmach/auth';
import type { DatabaseConnection, Db, DrizzleOptions } from '@mitmach/db';
import {
  createDeadLetterStore,
  createEventConsumer,
  createOutboxRelay,
  createRetentionPruner,
  type DeadLetterStore,
  type DeadLettersTable,
  type EventConsumer,
  type EventTransport,
  type HandlerRegistration,
  type OutboxTable,
  type ProcessedEventsTable,
  type Worker,
} from '@mitmach/events';
import { databaseSchemaOf, type ServiceName, serviceEntry } from '@mitmach/registry';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { scalarResolvers } from '../scalars';
import { buildFederatedSchema } from '../schema';
import { createSubgraphServer, type SubgraphServer } from '../subgraph-server';
import { sqlSpans } from '../tracing/sql-spans';
import type { DeadLetters, SubgraphContext } from './context';
import { deadLetterFieldNames } from './dead-letter-sdl';
import { deadLetterResolvers } from './dead-letters';
import { type EnumValues, internalEnumValues, withInternalEnumValues } from './enum-values';
import { registerEventMetrics } from './event-metrics';
import { type ExportHandler, registerExports } from './exports';
import { mergeResolvers } from './merge-resolvers';
import { assembleSubgraphSdl, readOwnSdl } from './sdl';
import { type SharedType, sharedTypeSdl } from './shared-types';

export interface SubgraphEvents {
  /** The service's outbox; a relay publishes it. */
  outbox?: OutboxTable;
  /** What the service reacts to, applied once each, with its processed ids and dead letters. */
  consumer?: {
    processed: ProcessedEventsTable;
    deadLetters: DeadLettersTable;
    handlers: readonly HandlerRegistration[];
  };
}

export interface SubgraphDefinition<Extra extends object> {
  name: ServiceName;
  /** `import.meta.url` of the definition, which sits in the package's `src/` (or `dist/` once bundled). */
  url: string;
  /** Value types written once in server-kit that this subgraph exposes too (see shared-types.ts). */
  sharedTypes?: readonly SharedType[];
  /** The resolver maps of the service's modules; scalars and dead-letter fields are added here. */
  resolvers: readonly object[];
  /** What the service adds to each request's context (its loaders, say); built per request. */
  context: (request: { db: Db; caller: Caller }) => Extra;
  /** Loads the demo network's data once; leaves a database that has data as it is. */
  seed: (db: Db) => Promise<unknown>;
  events?: SubgraphEvents;
  /** Downloads served at `/exports/<name>` and forwarded by the gateway as `/exports/<subgraph>/<name>`. */
  exports?: Readonly<Record<string, ExportHandler>>;
  /**
   * HTTP routes the gateway itself calls besides GraphQL (the partners service resolves API keys this way); like every
   * request to a subgraph they need the caller header only the gateway can sign.
   */
  routes?: (app: FastifyInstance, deps: { db: Db; logger: Logger }) => void;
  /**
   * The service's own background loops (the partners' webhook deliveries), run beside its relay and consumer
   * whenever the process runs event workers, on the transport those run on.
   */
  workers?: (deps: { db: Db; logger: Logger; transport: EventTransport }) => Worker[];
}

export interface MountOptions {
  connection: DatabaseConnection;
  logger: Logger;
  /** The gateway's public key (Ed25519, PEM), to verify the caller header. */
  callerKey: string;
  /** Lets requests without a valid caller header in as anonymous; refused in production. */
  allowUnsignedCallers?: boolean;
  /** Null when the process runs no event workers (tests of the API alone). */
  transport: EventTransport | null;
  /** Whether the process as a whole still accepts work; false while it stops. */
  accepting: () => boolean;
  /** Observes every SQL statement of the API; tests use it to prove batching. */
  onQuery?: DrizzleOptions['onQuery'];
  /** How long published outbox rows, processed event ids and replayed dead letters are kept; 7 days unless given. */
  eventRetentionMs?: number;
}

/** One subgraph as a process runs it: its HTTP server and its background workers. */
export interface MountedSubgraph {
  server: SubgraphServer;
  workers: Worker[];
  consumer: EventConsumer | null;
}

export interface Subgraph {
  readonly name: ServiceName;
  /** The port of the distributed topology. */
  readonly port: number;
  readonly databaseSchema: string;
  readonly packageRoot: string;
  readonly consumesEvents: boolean;
  /** The whole SDL: shared types, the service's own, and its dead-letter fields. */
  sdl(): string;
  /** The internal values of the service's own enums: what its resolvers and generated types see. */
  enumValues(): EnumValues;
  migrate(connection: DatabaseConnection): Promise<void>;
  seed(connection: DatabaseConnection): Promise<unknown>;
  /** The service's event consumer with its dead-letter store, null when it consumes no events. */
  createConsumer(options: { db: Db; logger: Logger }): { consumer: EventConsumer; deadLetters: DeadLetterStore } | null;
  /** Builds the server and the workers once per process; nothing listens or runs until the lifecycle starts them. */
  mount(options: MountOptions): Promise<MountedSubgraph>;
}

/**
 * A subgraph service from its domain modules: the kit owns the shared SDL, the resolver merge, the request context,
 * the event consumer (built once per process), the outbox relay, health and readiness, and the export routes.
 */
export function defineSubgraph<Extra extends object>(definition: SubgraphDefinition<Extra>): Subgraph {
  const packageRoot = fileURLToPath(new URL('..', definition.url));
  const migrationsFolder = fileURLToPath(new URL('../drizzle', definition.url));
  const databaseSchema = databaseSchemaOf(definition.name);
  const consumer = definition.events?.consumer;
  let ownSdl: string | undefined;
  let sdl: string | undefined;
  let enumValues: EnumValues | undefined;
  const readOwn = () => {
    ownSdl ??= readOwnSdl(packageRoot);
    return ownSdl;
  };

  function schema(): GraphQLSchema {
    const resolvers = mergeResolvers([
      scalarResolvers,
      ...definition.resolvers,
      ...(consumer ? [deadLetterResolvers(deadLetterFieldNames(definition.name))] : []),
    ]);
    return withInternalEnumValues(buildFederatedSchema(subgraph.sdl(), resolvers), subgraph.enumValues());
  }

  const subgraph: Subgraph = {
    name: definition.name,
    port: serviceEntry(definition.name).port,
    databaseSchema,
    packageRoot,
    consumesEvents: consumer !== undefined,
    sdl() {
      sdl ??= assembleSubgraphSdl({
        name: definition.name,
        ownSdl: readOwn(),
        consumesEvents: consumer !== undefined,
        sharedTypes: definition.sharedTypes,
      });
      return sdl;
    },
    enumValues() {
      enumValues ??= internalEnumValues(
        [...(definition.sharedTypes ?? []).map((type) => sharedTypeSdl[type]), readOwn()].join('\n'),
      );
      return enumValues;
    },
    migrate: (connection) => connection.migrate({ migrationsFolder, schema: databaseSchema }),
    seed: (connection) => definition.seed(connection.drizzle()),
    createConsumer({ db, logger }) {
      if (!consumer) return null;
      const deadLetters = createDeadLetterStore({ group: definition.name, db, table: consumer.deadLetters, logger });
      return {
        deadLetters,
        consumer: createEventConsumer({
          group: definition.name,
          db,
          processed: consumer.processed,
          deadLetters,
          handlers: consumer.handlers,
          logger,
        }),
      };
    },
    async mount(options) {
      const logger = options.logger.child({ subgraph: definition.name });
      const observe = sqlSpans();
      const db = options.connection.drizzle({ onQuery: options.onQuery, observe });
      const workerDb = options.connection.drizzle({ observe });
      const events = subgraph.createConsumer({ db: workerDb, logger });
      const eventConsumer = events?.consumer ?? null;
      const deadLetters: DeadLetters | null = events
        ? { list: (listOptions) => events.deadLetters.list(listOptions), replay: (id) => events.consumer.replay(id) }
        : null;
      const workers: Worker[] = [];
      if (options.transport) {
        const outbox = definition.events?.outbox;
        if (outbox) {
          workers.push(
            createOutboxRelay({ connection: options.connection, outbox, transport: options.transport, logger }),
          );
        }
        if (eventConsumer) workers.push(eventConsumer.worker(options.transport));
        if (outbox || definition.events?.consumer) {
          workers.push(
            createRetentionPruner({
              db: workerDb,
              logger,
              outbox,
              processed: definition.events?.consumer?.processed,
              deadLetters: definition.events?.consumer?.deadLetters,
              retentionMs: options.eventRetentionMs ?? 7 * 24 * 3_600_000,
            }),
          );
        }
        workers.push(...(definition.workers?.({ db: workerDb, logger, transport: options.transport }) ?? []));
      }
      const server = await createSubgraphServer<SubgraphContext & Extra>({
        schema: schema(),
        logger,
        signedCaller: {
          verifier: createCallerVerifier(options.callerKey, definition.name),
          allowUnsigned: options.allowUnsignedCallers ?? false,
        },
        createContext: (base) => ({ ...base, db, deadLetters, ...definition.context({ db, caller: base.caller }) }),
        readiness: async () => {
          const database = await options.connection.ping();
          const workerStates = Object.fromEntries(
            workers.map((worker) => [worker.name, worker.ready() ? 'ready' : 'unavailable']),
          );
          return {
            ready: options.accepting() && database && workers.every((worker) => worker.ready()),
            details: {
              ...(options.accepting() ? {} : { stopping: true }),
              database: database ? 'ready' : 'unavailable',
              workers: workerStates,
            },
          };
        },
      });
      if (definition.exports) {
        registerExports(server.app, { exports: definition.exports, db });
      }
      definition.routes?.(server.app, { db: workerDb, logger });
      registerEventMetrics(server.app, {
        service: definition.name,
        db: workerDb,
        outbox: definition.events?.outbox,
        deadLetters: definition.events?.consumer?.deadLetters,
        consumer: eventConsumer,
        transport: options.transport,
      });
      return { server, workers, consumer: eventConsumer };
    },
  };
  return subgraph;
}
