import { createTestDatabase } from '@mitmach/db/testing';
import { createPostgresTransport, type EventTransport, type Worker } from '@mitmach/events';
import type { SubgraphModule, SubgraphServer } from '@mitmach/server-kit';
import { type StatementCounter, statementCounter } from './statement-counter';
import { silentLogger, startTestGateway, testSecrets, urlOf } from './test-gateway';

export interface FederationOptions {
  modules: readonly SubgraphModule[];
  /** Load the demo network into every module; true unless a test wants empty tables. */
  seed?: boolean;
  /** Run every module's outbox relay and consumers on the Postgres transport of the test database. */
  events?: boolean;
}

/**
 * Real subgraphs on one fresh database of the real Postgres (PGlite only when no server answers), each on its own
 * port with its SQL statements counted, behind the real gateway.
 */
export async function startFederation(options: FederationOptions) {
  const database = await createTestDatabase();
  for (const module of options.modules) await module.migrate(database.connection);
  if (options.seed ?? true) {
    for (const module of options.modules) await module.seedDemoData(database.connection);
  }
  const secrets = testSecrets();
  const statements: Record<string, StatementCounter> = {};
  const subgraphUrls: Record<string, string> = {};
  const servers: SubgraphServer[] = [];
  for (const module of options.modules) {
    const counter = statementCounter();
    const server = await module.createServer({
      connection: database.connection,
      logger: silentLogger,
      callerSecret: secrets.callerSecret,
      onQuery: counter.onQuery,
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    statements[module.name] = counter;
    subgraphUrls[module.name] = urlOf(server.app.server.address());
    servers.push(server);
  }
  const gateway = await startTestGateway({ subgraphUrls, ...secrets });
  let transport: EventTransport | null = null;
  const workers: Worker[] = [];
  if (options.events) {
    transport = await createPostgresTransport({
      connection: database.connection,
      logger: silentLogger,
      pollIntervalMs: 100,
    });
    for (const module of options.modules) {
      workers.push(...module.createWorkers({ connection: database.connection, transport, logger: silentLogger }));
    }
    for (const worker of workers) await worker.start();
  }
  return {
    transport,
    ...secrets,
    connection: database.connection,
    db: database.connection.drizzle(),
    statements,
    subgraphUrls,
    gatewayUrl: gateway.url,
    async stop() {
      await gateway.close();
      for (const server of servers) await server.app.close();
      for (const worker of workers) await worker.stop();
      await transport?.close();
      await database.dispose();
    },
  };
}

export type Federation = Awaited<ReturnType<typeof startFederation>>;
