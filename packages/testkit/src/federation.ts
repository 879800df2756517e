import { anonymousCaller, type Caller, callerHeader, createCallerSigner } from '@mitmach/auth';
import { createTestDatabase } from '@mitmach/db/testing';
import { createPostgresTransport } from '@mitmach/events';
import { createMemoryStore } from '@mitmach/gateway';
import { addSubgraphSteps, createLifecycle, type Subgraph } from '@mitmach/server-kit';
import { type GraphqlQuery, graphqlClient } from './graphql-client';
import { type StatementCounter, statementCounter } from './statement-counter';
import { type GatewaySettings, silentLogger, startTestGateway, testSecrets } from './test-gateway';

export interface FederationOptions {
  subgraphs: readonly Subgraph[];
  /** Load the demo network into every subgraph; true unless a test wants empty tables. */
  seed?: boolean;
  /** Run every subgraph's outbox relay and consumer on the Postgres transport of the test database. */
  events?: boolean;
  /** Let requests without a valid caller header into the subgraphs as anonymous (ALLOW_UNSIGNED_CALLERS). */
  allowUnsignedCallers?: boolean;
  /** Settings of the gateway beyond its subgraphs and secrets: origins, limits, timeouts, production. */
  gateway?: GatewaySettings;
  /** Keep public answers in a response cache in memory, dropped by the change events (needs `events`). */
  responseCache?: boolean;
  /** Cancels a statement of the subgraphs that runs longer, as DATABASE_STATEMENT_TIMEOUT_MS does. */
  statementTimeoutMs?: number;
}

/**
 * Real subgraphs on one fresh database of the real Postgres (PGlite only when no server answers), each on its own
 * port with its SQL statements counted, behind the real gateway; started and stopped by the same lifecycle as every
 * other mode.
 */
export async function startFederation(options: FederationOptions) {
  const database = await createTestDatabase(
    options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {},
  );
  const secrets = testSecrets();
  const statements: Record<string, StatementCounter> = Object.fromEntries(
    options.subgraphs.map((subgraph) => [subgraph.name, statementCounter()]),
  );
  const lifecycle = createLifecycle({ logger: silentLogger });
  lifecycle.add({ name: 'test-database', start: async () => {}, stop: () => database.dispose() });
  const running = addSubgraphSteps(lifecycle, options.subgraphs, {
    connection: database.connection,
    logger: silentLogger,
    callerKey: secrets.callerKeys.publicKey,
    allowUnsignedCallers: options.allowUnsignedCallers ?? false,
    seed: options.seed ?? true,
    host: '127.0.0.1',
    port: () => 0,
    openTransport: options.events
      ? () => createPostgresTransport({ connection: database.connection, logger: silentLogger, pollIntervalMs: 100 })
      : null,
    onQuery: (subgraph) => statements[subgraph.name]?.onQuery,
  });
  let gatewayUrl = '';
  let closeGateway = async () => {};
  lifecycle.add({
    name: 'gateway',
    async start() {
      const gateway = await startTestGateway({
        subgraphs: options.subgraphs.map((subgraph) => ({
          name: subgraph.name,
          routingUrl: running.urls[subgraph.name] ?? '',
          sdl: subgraph.sdl(),
        })),
        subgraphUrls: running.urls,
        ...secrets,
        ...options.gateway,
        ...(options.responseCache
          ? {
              responseCache: {
                store: createMemoryStore({ maxEntries: 1_000, maxBytes: 16 * 1024 * 1024 }),
                changes: running.transport(),
              },
            }
          : {}),
      });
      gatewayUrl = gateway.url;
      closeGateway = gateway.close;
    },
    stop: () => closeGateway(),
  });
  await lifecycle.start();
  const signer = createCallerSigner(secrets.callerKeys.privateKey);
  return {
    /** The header the gateway would sign for a caller of one subgraph, for tests that ask a subgraph directly. */
    callerHeaderFor: (caller: Caller, subgraph: string) => signer.sign(caller, subgraph),
    /** A client of one subgraph that sends what the gateway would for this caller (anonymous unless given). */
    subgraphClient(subgraph: string, caller: Caller = anonymousCaller): GraphqlQuery {
      const client = graphqlClient(running.urls[subgraph] ?? '');
      return async (query, variables, requestOptions = {}) =>
        client(query, variables, {
          ...requestOptions,
          headers: { [callerHeader]: await signer.sign(caller, subgraph), ...requestOptions.headers },
        });
    },
    transport: running.transport(),
    ...secrets,
    connection: database.connection,
    /** The test database's URL; null on the PGlite fallback. */
    databaseUrl: database.url,
    db: database.connection.drizzle(),
    statements,
    subgraphUrls: running.urls,
    mounted: running.mounted,
    gatewayUrl,
    stop: () => lifecycle.stop(),
  };
}

export type Federation = Awaited<ReturnType<typeof startFederation>>;

/**
 * One subgraph under test behind the real gateway, with the subgraphs it needs `alongside` (regions, mostly); its
 * statement counter and URL are at hand as `statements` and `subgraphUrl`.
 */
export async function startSubgraphFederation(
  subgraph: Subgraph,
  options: Omit<FederationOptions, 'subgraphs'> & { alongside?: readonly Subgraph[] } = {},
) {
  const { alongside = [], ...rest } = options;
  const federation = await startFederation({ ...rest, subgraphs: [...alongside, subgraph] });
  return {
    ...federation,
    statements: federation.statements[subgraph.name] as StatementCounter,
    subgraphUrl: federation.subgraphUrls[subgraph.name] as string,
  };
}
