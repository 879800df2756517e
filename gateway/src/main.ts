import { readFileSync } from 'node:fs';
import { createBearerVerifier } from '@mitmach/auth';
import { connectPostgres } from '@mitmach/db';
import { createEventTransport, type EventTransport } from '@mitmach/events';
import { createLogger, developmentChallengeKey, startTracing, stopOnSignals } from '@mitmach/server-kit';
import { bearerVerification } from './bearer-config';
import { dashboardOidc } from './dashboard/dashboard-oidc';
import { connectQuotaStore } from './edge/quota-store';
import { env } from './env';
import { createGatewayServer } from './gateway-server';
import { createMemoryStore } from './response-cache/memory-store';
import { createNearCachedStore } from './response-cache/near-cache-store';
import { createRedisStore } from './response-cache/redis-store';

const logger = createLogger('gateway', env.LOG_LEVEL);
const tracing = startTracing(env, { serviceName: 'gateway', logger });
let verification: ReturnType<typeof bearerVerification>;
try {
  verification = bearerVerification(env);
} catch (error) {
  process.stderr.write(`Invalid configuration:\n  - ${(error as Error).message}\n`);
  process.exit(1);
}
// Quotas shared by every replica; without Redis each gateway counts on its own.
const redis = env.REDIS_URL ? connectQuotaStore(env.REDIS_URL, logger) : null;
// The change events that drop cached answers, on the platform's transport (whose Postgres DATABASE_URL names); without
// them the gateway keeps no answers.
const eventsDatabase = env.DATABASE_URL
  ? connectPostgres({ url: env.DATABASE_URL, maxConnections: 2, applicationName: 'mitmach-gateway' })
  : null;
const changes: EventTransport | null = eventsDatabase
  ? await createEventTransport(env, { connection: eventsDatabase, logger, clientId: 'gateway' })
  : null;
const memoryStore = () => createMemoryStore({ maxEntries: 5_000, maxBytes: 64 * 1024 * 1024 });
// The answers every replica shares in Redis, with copies of the ones this replica served in its memory.
const responseStore = redis
  ? createNearCachedStore({
      shared: createRedisStore(redis, env.REDIS_KEY_PREFIX),
      near: memoryStore(),
      publisher: redis,
      subscriber: redis.duplicate({ enableOfflineQueue: true }),
      channel: `${env.REDIS_KEY_PREFIX}response-dropped`,
      logger,
    })
  : null;
const { app } = await createGatewayServer({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: env.SUBGRAPH_URLS,
  verifyBearer: createBearerVerifier(verification),
  callerKey: env.CALLER_SIGNING_KEY,
  logger,
  authorizedOrigins: env.AUTHORIZED_ORIGINS,
  limits: { public: env.OPERATION_LIMITS, staff: env.STAFF_OPERATION_LIMITS },
  maxStringLength: env.MAX_STRING_LENGTH,
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  http: {
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    bodyBytes: env.BODY_LIMIT_BYTES,
    headerBytes: env.HEADER_LIMIT_BYTES,
  },
  production: env.NODE_ENV === 'production',
  quotas: {
    anonymousPerMinute: env.ANONYMOUS_REQUESTS_PER_MINUTE,
    authenticatedPerMinute: env.AUTHENTICATED_REQUESTS_PER_MINUTE,
    redis,
    nameSpace: `${env.REDIS_KEY_PREFIX}quota:`,
  },
  trustedProxies: env.TRUSTED_PROXIES,
  apiKeyCacheMs: env.API_KEY_CACHE_MS,
  dashboard: { oidc: dashboardOidc(env) },
  responseCache: {
    store: responseStore ?? memoryStore(),
    changes,
    maxAgeSeconds: env.RESPONSE_CACHE_MAX_AGE_SECONDS,
  },
  proofOfWork: { key: env.ALTCHA_HMAC_KEY ?? developmentChallengeKey, challengesPerMinute: env.CHALLENGES_PER_MINUTE },
});
await app.listen({ host: env.HOST, port: env.PORT });
stopOnSignals(logger, async () => {
  await app.close();
  await changes?.close();
  await eventsDatabase?.close();
  await responseStore?.close();
  await redis?.quit();
  await tracing?.shutdown();
});
