import './vendor-telemetry/env';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { type BearerVerifier, createCallerSigner } from '@mitmach/auth';
import { baseApolloOptions, createHttpServer, type HttpLimits } from '@mitmach/server-kit';
import type { FastifyInstance } from 'fastify';
import { buildSchema } from 'graphql';
import type { Logger } from 'pino';
import { apiSchemaSdl } from './api-schema';
import { CallerDataSource, type GatewayContext } from './caller-data-source';
import { registerCors } from './edge/cors';
import { registerGraphqlOverHttpStatus } from './edge/graphql-over-http';
import { registerOperationGuard } from './edge/operation-limits/guard';
import { type LimitTiers, publicLimits, staffLimits } from './edge/operation-limits/limits';
import { callerOf, registerVerifiedCaller } from './edge/verified-caller';
import { registerExportProxy } from './export-proxy';
import { subgraphHealth } from './subgraph-health';

const graphqlPath = '/graphql';

export interface GatewayServerOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL, replacing the routing URLs of the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  verifyBearer: BearerVerifier;
  /** The Ed25519 private key (PEM) the caller headers for the subgraphs are signed with. */
  callerKey: string;
  logger: Logger;
  /** Origins whose pages may send Authorization (the admin frontends); any origin may read anonymously. */
  authorizedOrigins?: readonly string[];
  limits?: LimitTiers;
  /** The longest text any argument or variable may hold. */
  maxStringLength?: number;
  http?: Partial<HttpLimits>;
  /** How long a subgraph may take to answer one fetch before the gateway gives up on it. */
  subgraphTimeoutMs?: number;
  /** Production hides the schema: no introspection, no "did you mean" suggestions; partners read /schema.graphql. */
  production?: boolean;
}

export interface GatewayServer {
  app: FastifyInstance;
  apollo: ApolloServer<GatewayContext>;
}

export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const logger = options.logger.child({ component: 'gateway' });
  const resolvedUrls = new Map<string, string>();
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const signer = createCallerSigner(options.callerKey);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      resolvedUrls.set(name, target);
      return new CallerDataSource({ name, url: target, signer, timeoutMs: subgraphTimeoutMs });
    },
  });
  const publishedSchema = apiSchemaSdl(options.supergraphSdl);
  // Built with this module's graphql rather than taken from the gateway, whose schema may come from the other
  // (CommonJS or ES module) build of graphql-js, which validate() would refuse.
  const apiSchema = buildSchema(publishedSchema);
  const app = createHttpServer({
    logger,
    ...(options.http ? { limits: options.http } : {}),
    readiness: async () => {
      const subgraphs = await subgraphHealth(resolvedUrls);
      return { ready: Object.values(subgraphs).every((state) => state === 'ready'), details: { subgraphs } };
    },
  });
  await registerCors(app, options.authorizedOrigins ?? []);
  registerVerifiedCaller(app, options.verifyBearer);
  registerOperationGuard(app, {
    path: graphqlPath,
    tiers: options.limits ?? { public: publicLimits, staff: staffLimits },
    maxStringLength: options.maxStringLength ?? 10_000,
    sizes: { defaultPageSize: 20 },
    schema: apiSchema,
    callerOf,
  });
  registerGraphqlOverHttpStatus(app, graphqlPath);
  app.get('/schema.graphql', async (_request, reply) =>
    reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(publishedSchema),
  );

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...baseApolloOptions<GatewayContext>(logger),
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production ?? false,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControl({ calculateHttpHeaders: true })],
  });
  await apollo.start();
  registerExportProxy(app, {
    subgraphUrl: (name) => resolvedUrls.get(name),
    signer,
    timeoutMs: subgraphTimeoutMs,
  });
  await app.register(fastifyApollo(apollo), {
    path: graphqlPath,
    context: async (request) => {
      return { caller: request.caller, requestId: request.id };
    },
  });
  return { app, apollo };
}
