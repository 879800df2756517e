import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createBearerVerifier } from '@mitmach/auth';
import type { DatabaseConnection } from '@mitmach/db';
import { createPostgresTransport, type Worker } from '@mitmach/events';
import { createGatewayServer, supergraphPath } from '@mitmach/gateway';
import type { SubgraphModule, SubgraphServer } from '@mitmach/server-kit';
import type { Logger } from 'pino';
import { subgraphModules } from './subgraph-modules';

export interface EmbeddedPlatformOptions {
  connection: DatabaseConnection;
  logger: Logger;
  jwtSecret: string;
  host: string;
  port: number;
  seedDemoData: boolean;
  modules?: readonly SubgraphModule[];
}

export interface EmbeddedPlatform {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Each subgraph's own GraphQL endpoint on the loopback interface. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

function urlOf(address: AddressInfo | string | null, host: string): string {
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/graphql`;
}

/**
 * One process: every subgraph on its own loopback port and the gateway in front of them, all on one database
 * connection (PGlite in embedded mode, a real Postgres in tests). Subgraphs are reached over HTTP exactly as in the
 * distributed topology.
 */
export async function startEmbeddedPlatform(options: EmbeddedPlatformOptions): Promise<EmbeddedPlatform> {
  const modules = options.modules ?? subgraphModules;
  // Gateway and subgraphs share this process, so a fresh secret per start is enough to sign the caller header.
  const callerSecret = randomBytes(32).toString('hex');
  for (const module of modules) await module.migrate(options.connection);
  if (options.seedDemoData) {
    for (const module of modules) {
      options.logger.info(
        { subgraph: module.name, result: await module.seedDemoData(options.connection) },
        'demo data',
      );
    }
  }
  const servers: SubgraphServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  for (const module of modules) {
    const server = await module.createServer({
      connection: options.connection,
      logger: options.logger,
      callerSecret,
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    subgraphUrls[module.name] = urlOf(server.app.server.address(), '127.0.0.1');
    servers.push(server);
  }
  const gateway = await createGatewayServer({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls,
    verifyBearer: createBearerVerifier({ kind: 'secret', secret: options.jwtSecret }),
    callerSecret,
    logger: options.logger,
  });
  await gateway.app.listen({ host: options.host, port: options.port });
  // Embedded mode carries events through the same database, with the Postgres transport.
  const transport = await createPostgresTransport({ connection: options.connection, logger: options.logger });
  const workers: Worker[] = modules.flatMap((module) =>
    module.createWorkers({ connection: options.connection, transport, logger: options.logger }),
  );
  for (const worker of workers) await worker.start();
  return {
    url: urlOf(gateway.app.server.address(), options.host),
    subgraphUrls,
    async stop() {
      await gateway.app.close();
      for (const server of servers) await server.app.close();
      for (const worker of workers) await worker.stop();
      await transport.close();
    },
  };
}
