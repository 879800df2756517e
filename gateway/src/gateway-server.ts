import './vendor-telemetry/env';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { type BearerVerifier, createCallerSigner } from '@mitmach/auth';
import type { EventTransport } from '@mitmach/events';
import { baseApolloOptions, createHttpServer, developmentChallengeKey, type HttpLimits } from '@mitmach/server-kit';
import { widgetDistDirectory } from '@mitmach/widget';
import type { FastifyInstance } from 'fastify';
import { buildSchema } from 'graphql';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { apiSchemaSdl } from './api-schema';
import { CallerDataSource, type GatewayContext } from './caller-data-source';
import { type DashboardOptions, registerDashboard } from './dashboard/dashboard-routes';
import { callerOf, registerCallerIdentification, registerIdentificationRefusals } from './edge/caller-identification';
import { type ProofOfWorkOptions, registerChallengeRoute } from './edge/challenge-route';
import { registerCors } from './edge/cors';
import { registerGraphqlOverHttpStatus } from './edge/graphql-over-http';
import { registerOperationGuard } from './edge/operation-limits/guard';
import { type LimitTiers, publicLimits, staffLimits } from './edge/operation-limits/limits';
import { createKeyCache } from './edge/partner-keys/key-cache';
import { createPartnersClient } from './edge/partner-keys/partners-client';
import { createUsageRecorder } from './edge/partner-keys/usage-recorder';
import { registerPersistedDocuments } from './edge/persisted-documents';
import { type QuotaSettings, registerQuotas } from './edge/quotas';
import { registerExportProxy } from './export-proxy';
import { createFeedOwnerLookup } from './feeds/feed-owner-client';
import { registerConferenceFeeds } from './feeds/feed-routes';
import { gatewayOperations } from './feeds/gateway-operation';
import { registerMemberFeed } from './feeds/member-feed-route';
import { registerMailProxy } from './mail-proxy';
import { registerPersonalDataExport } from './personal-data-export';
import { followChanges } from './response-cache/change-invalidation';
import { createFetchCache } from './response-cache/fetch-cache';
import { registerResponseCache, responseCachePlugin } from './response-cache/response-cache';
import type { ResponseCacheStore } from './response-cache/store';
import { documentTagger } from './response-cache/tags';
import { subgraphHealth } from './subgraph-health';
import { registerWidget } from './widget-route';

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
  /** Quotas per minute; Redis makes them one quota across gateway replicas. */
  quotas?: QuotaSettings;
  /** Proxies whose X-Forwarded-For names the client address that anonymous quotas count by. */
  trustedProxies?: readonly string[];
  /** How long a key's resolution is kept: the time a revocation takes to reach this gateway. */
  apiKeyCacheMs?: number;
  /** How often the last use of keys is written to the partners service. */
  apiKeyUsageIntervalMs?: number;
  /** How the reporting dashboard at /dashboard signs people in. */
  dashboard?: DashboardOptions;
  /** Where the built widget is (its dist/ folder); the widget package's own by default. */
  widgetDirectory?: string;
  /**
   * Whole public answers, and the subgraphs' answers to their fetches, kept in the store and dropped by the change
   * events on the transport; without a transport nothing could drop them, so nothing is cached.
   */
  responseCache?: { store: ResponseCacheStore; changes: EventTransport | null; maxAgeSeconds?: number };
  /** The proof-of-work challenges of the public forms; signed with the development key unless given. */
  proofOfWork?: ProofOfWorkOptions;
}

/** Whether the supergraph has this subgraph, by its join__graph entry. */
function federates(supergraphSdl: string, subgraph: string): boolean {
  return supergraphSdl.includes(`@join__graph(name: "${subgraph}"`);
}

const unlimited: QuotaSettings = { anonymousPerMinute: 1_000_000, authenticatedPerMinute: 1_000_000, redis: null };

export interface GatewayServer {
  app: FastifyInstance;
  apollo: ApolloServer<GatewayContext>;
}

export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const logger = options.logger.child({ component: 'gateway' });
  const resolvedUrls = new Map<string, string>();
  const dataSources = new Map<string, CallerDataSource>();
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const signer = createCallerSigner(options.callerKey);
  const publishedSchema = apiSchemaSdl(options.supergraphSdl);
  // Built with this module's graphql rather than taken from the gateway, whose schema may come from the other
  // (CommonJS or ES module) build of graphql-js, which validate() would refuse.
  const apiSchema = buildSchema(publishedSchema);
  const documentTags = documentTagger(apiSchema);
  const metrics = new Registry();
  metrics.setDefaultLabels({ service: 'gateway' });
  const responseCache = options.responseCache?.changes ? options.responseCache : null;
  const maxAgeSeconds = responseCache?.maxAgeSeconds ?? 300;
  const fetchCache = responseCache
    ? createFetchCache({ store: responseCache.store, documentTags, maxAgeSeconds, metrics }, (error) =>
        logger.warn({ err: error }, 'the fetch cache could not be written'),
      )
    : null;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      resolvedUrls.set(name, target);
      const dataSource = new CallerDataSource({ name, url: target, signer, timeoutMs: subgraphTimeoutMs, fetchCache });
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });
  const app = createHttpServer({
    logger,
    ...(options.http ? { limits: options.http } : {}),
    ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
    // Ready while any subgraph answers: a load balancer that took the gateway away would lose the queries that
    // still work. Degraded, listing which, while some do not.
    readiness: async () => {
      const subgraphs = await subgraphHealth(resolvedUrls);
      const states = Object.values(subgraphs);
      const circuits = Object.fromEntries([...dataSources].map(([name, source]) => [name, source.breaker.state()]));
      return {
        ready: states.includes('ready'),
        degraded: states.some((state) => state !== 'ready'),
        details: { subgraphs, circuits },
      };
    },
  });
  // The partners service holds the keys; a gateway composed without it refuses keys.
  const partners = federates(options.supergraphSdl, 'partners')
    ? createPartnersClient({ baseUrl: () => resolvedUrls.get('partners'), signer, timeoutMs: subgraphTimeoutMs })
    : null;
  const usage = partners ? createUsageRecorder(partners, options.apiKeyUsageIntervalMs ?? 5_000, logger) : null;
  app.addHook('onClose', async () => usage?.close());
  await registerCors(app, options.authorizedOrigins ?? []);
  registerCallerIdentification(app, {
    verifyBearer: options.verifyBearer,
    keys: partners ? createKeyCache(partners, options.apiKeyCacheMs ?? 5_000) : null,
    usage,
  });
  await registerQuotas(app, options.quotas ?? unlimited);
  registerIdentificationRefusals(app);
  registerPersistedDocuments(app, { path: graphqlPath, partners, cacheTtlMs: options.apiKeyCacheMs ?? 5_000 });
  if (responseCache?.changes) {
    registerResponseCache(app, { path: graphqlPath, store: responseCache.store, metrics, maxAgeSeconds });
    const following = await followChanges(responseCache.changes, responseCache.store, logger);
    app.addHook('onClose', () => following.stop());
  }
  app.get('/metrics', async (_request, reply) =>
    reply
      .header('content-type', metrics.contentType)
      .header('cache-control', 'no-store')
      .send(await metrics.metrics()),
  );
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
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControl({ calculateHttpHeaders: true }),
      ...(responseCache ? [responseCachePlugin<GatewayContext>(documentTags, responseCache.store)] : []),
    ],
  });
  await apollo.start();
  registerDashboard(app, options.dashboard);
  const operations = gatewayOperations(apollo);
  registerConferenceFeeds(app, operations);
  // The people service keeps the members' feed tokens; a gateway composed without it serves no member feed.
  if (federates(options.supergraphSdl, 'people')) {
    registerMemberFeed(app, {
      run: operations,
      owner: createFeedOwnerLookup({
        peopleUrl: () => resolvedUrls.get('people'),
        signer,
        timeoutMs: subgraphTimeoutMs,
      }),
    });
  }
  registerWidget(app, { directory: options.widgetDirectory ?? widgetDistDirectory(), logger });
  registerExportProxy(app, {
    subgraphUrl: (name) => resolvedUrls.get(name),
    signer,
    timeoutMs: subgraphTimeoutMs,
  });
  registerChallengeRoute(app, options.proofOfWork ?? { key: developmentChallengeKey });
  registerMailProxy(app, { peopleUrl: () => resolvedUrls.get('people'), signer, timeoutMs: subgraphTimeoutMs });
  registerPersonalDataExport(app, { apollo, schema: apiSchema });
  await app.register(fastifyApollo(apollo), {
    path: graphqlPath,
    context: async (request) => {
      return {
        caller: request.caller,
        requestId: request.id,
        ...(request.responseCache ? { cacheTicket: request.responseCache } : {}),
      };
    },
  });
  return { app, apollo };
}
