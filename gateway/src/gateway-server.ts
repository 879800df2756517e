import './vendor-telemetry/env';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { type BearerVerifier, InvalidTokenError } from '@mitmach/auth';
import { baseApolloOptions, createHttpServer, errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { CallerDataSource, type GatewayContext } from './caller-data-source';
import { depthLimit } from './depth-limit';
import { registerExportProxy } from './export-proxy';
import { subgraphHealth } from './subgraph-health';

export interface GatewayServerOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL, replacing the routing URLs of the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  verifyBearer: BearerVerifier;
  callerSecret: string;
  logger: Logger;
  maxQueryDepth?: number;
}

export interface GatewayServer {
  app: FastifyInstance;
  apollo: ApolloServer<GatewayContext>;
}

export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const logger = options.logger.child({ component: 'gateway' });
  const resolvedUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      resolvedUrls.set(name, target);
      return new CallerDataSource(target, options.callerSecret);
    },
  });
  const app = createHttpServer({
    logger,
    readiness: async () => {
      const subgraphs = await subgraphHealth(resolvedUrls);
      return { ready: Object.values(subgraphs).every((state) => state === 'ready'), details: { subgraphs } };
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...baseApolloOptions<GatewayContext>(logger),
    validationRules: [depthLimit(options.maxQueryDepth ?? 12)],
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControl({ calculateHttpHeaders: true })],
  });
  await apollo.start();
  registerExportProxy(app, {
    subgraphUrl: (name) => resolvedUrls.get(name),
    verifyBearer: options.verifyBearer,
    callerSecret: options.callerSecret,
  });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => {
      try {
        return { caller: await options.verifyBearer(request.headers.authorization), requestId: request.id };
      } catch (error) {
        if (error instanceof InvalidTokenError) {
          throw new GraphQLError(error.message, {
            extensions: { code: errorCodes.unauthenticated, http: { status: 401 } },
          });
        }
        throw error;
      }
    },
  });
  return { app, apollo };
}
