import { readFileSync } from 'node:fs';
import { createBearerVerifier, generateCallerKeys, signDevelopmentToken } from '@mitmach/auth';
import type { DatabaseConnection } from '@mitmach/db';
import { createPostgresTransport } from '@mitmach/events';
import { createGatewayServer, createMemoryStore, type GatewayServer, supergraphPath } from '@mitmach/gateway';
import { addSubgraphSteps, createLifecycle, graphqlUrlOf, type Subgraph } from '@mitmach/server-kit';
import type { Logger } from 'pino';
import { loadSubgraphs } from './load-subgraphs';

export interface EmbeddedPlatformOptions {
  connection: DatabaseConnection;
  logger: Logger;
  jwtSecret: string;
  host: string;
  port: number;
  seedDemoData: boolean;
  /** Every registered subgraph unless given. */
  subgraphs?: readonly Subgraph[];
  /** Quotas per minute, counted in this process: anonymous callers per address, signed-in people. */
  quotas?: { anonymousPerMinute: number; authenticatedPerMinute: number };
  /** The key of the public forms' proof-of-work challenges; the development key unless given. */
  challengeKey?: string;
}

export interface EmbeddedPlatform {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Each subgraph's own GraphQL endpoint on the loopback interface. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * One process: every subgraph on its own loopback port and the gateway in front of them, all on one database
 * connection (PGlite in embedded mode, a real Postgres in tests), with events on the Postgres transport. Subgraphs
 * are reached over HTTP exactly as in the distributed topology, and start and stop through the same lifecycle.
 */
export async function startEmbeddedPlatform(options: EmbeddedPlatformOptions): Promise<EmbeddedPlatform> {
  const subgraphs = options.subgraphs ?? (await loadSubgraphs());
  // Gateway and subgraphs share this process, so a fresh key pair per start is enough for the caller header.
  const callerKeys = generateCallerKeys();
  const lifecycle = createLifecycle({ logger: options.logger });
  const running = addSubgraphSteps(lifecycle, subgraphs, {
    connection: options.connection,
    logger: options.logger,
    callerKey: callerKeys.publicKey,
    seed: options.seedDemoData,
    host: '127.0.0.1',
    port: () => 0,
    openTransport: () => createPostgresTransport({ connection: options.connection, logger: options.logger }),
  });
  let gateway: GatewayServer | undefined;
  lifecycle.add({
    name: 'gateway',
    async start() {
      gateway = await createGatewayServer({
        supergraphSdl: readFileSync(supergraphPath, 'utf8'),
        subgraphUrls: running.urls,
        verifyBearer: createBearerVerifier({ kind: 'secret', secret: options.jwtSecret }),
        callerKey: callerKeys.privateKey,
        logger: options.logger,
        ...(options.quotas ? { quotas: { ...options.quotas, redis: null } } : {}),
        ...(options.challengeKey ? { proofOfWork: { key: options.challengeKey } } : {}),
        responseCache: {
          store: createMemoryStore({ maxEntries: 5_000, maxBytes: 64 * 1024 * 1024 }),
          changes: running.transport(),
        },
        // The embedded mode is for trying the platform out: the dashboard offers a sign-in without an identity provider.
        dashboard: {
          developmentToken: () =>
            signDevelopmentToken({ secret: options.jwtSecret, roles: ['reporting'], expiresIn: '8h' }),
        },
      });
      await gateway.app.listen({ host: options.host, port: options.port });
    },
    stop: async () => gateway?.app.close(),
  });
  await lifecycle.start();
  return {
    url: graphqlUrlOf(gateway?.app.server.address() ?? null, options.host),
    subgraphUrls: running.urls,
    stop: () => lifecycle.stop(),
  };
}
