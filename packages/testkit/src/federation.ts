import { createTestDatabase } from '@mitmach/db/testing';
import { createPostgresTransport } from '@mitmach/events';
import { addSubgraphSteps, createLifecycle, type Subgraph } from '@mitmach/server-kit';
import { type StatementCounter, statementCounter } from './statement-counter';
import { silentLogger, startTestGateway, testSecrets } from './test-gateway';

export interface FederationOptions {
  subgraphs: readonly Subgraph[];
  /** Load the demo network into every subgraph; true unless a test wants empty tables. */
  seed?: boolean;
  /** Run every subgraph's outbox relay and consumer on the Postgres transport of the test database. */
  events?: boolean;
}

/**
 * Real subgraphs on one fresh database of the real Postgres (PGlite only when no server answers), each on its own
 * port with its SQL statements counted, behind the real gateway; started and stopped by the same lifecycle as every
 * other mode.
 */
export async function startFederation(options: FederationOptions) {
  const database = await createTestDatabase();
  const secrets = testSecrets();
  const statements: Record<string, StatementCounter> = Object.fromEntries(
    options.subgraphs.map((subgraph) => [subgraph.name, statementCounter()]),
  );
  const lifecycle = createLifecycle({ logger: silentLogger });
  lifecycle.add({ name: 'test-database', start: async () => {}, stop: () => database.dispose() });
  const running = addSubgraphSteps(lifecycle, options.subgraphs, {
    connection: database.connection,
    logger: silentLogger,
    callerSecret: secrets.callerSecret,
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
      });
      gatewayUrl = gateway.url;
      closeGateway = gateway.close;
    },
    stop: () => closeGateway(),
  });
  await lifecycle.start();
  return {
    transport: running.transport(),
    ...secrets,
    connection: database.connection,
    db: database.connection.drizzle(),
    statements,
    subgraphUrls: running.urls,
    mounted: running.mounted,
    gatewayUrl,
    stop: () => lifecycle.stop(),
  };
}

export type Federation = Awaited<ReturnType<typeof startFederation>>;
