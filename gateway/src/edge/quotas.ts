import rateLimit from '@fastify/rate-limit';
import { isAuthenticated } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createSyncedQuotaStore } from './synced-quota-store';

export interface QuotaSettings {
  /** Requests per minute and client address of anonymous callers. */
  anonymousPerMinute: number;
  /** Requests per minute of a person signed in with a bearer token. */
  authenticatedPerMinute: number;
  /** Shared by every gateway replica when given; this process's memory otherwise (the embedded mode). */
  redis: Redis | null;
  /** Prefix of the counters in Redis, so that separate platforms (or test runs) sharing one Redis count apart. */
  nameSpace?: string;
}

function quotaKey(request: FastifyRequest): string {
  if (request.partnerKey) return `key:${request.partnerKey.id}`;
  if (isAuthenticated(request.caller)) return `caller:${request.caller.personId ?? request.caller.roles.join('+')}`;
  // request.ip is the client's address as the configured trusted proxies report it.
  return `address:${request.ip}`;
}

/**
 * Quotas per minute: per partner key (its own requestsPerMinute), per signed-in person, and per client address for
 * anonymous callers. Every answer carries the IETF RateLimit-* fields; past the quota it is 429 with Retry-After and
 * RATE_LIMITED. Counted after the caller is identified and before the body is read; a request with an unusable
 * credential counts as anonymous, by its address. With Redis, quotas of a thousand a minute or more are counted in
 * memory between syncs every 100 ms while below 90% of the quota (see createSyncedQuotaStore for the tolerance).
 */
export async function registerQuotas(app: FastifyInstance, settings: QuotaSettings): Promise<void> {
  await app.register(rateLimit, {
    hook: 'onRequest',
    timeWindow: 60_000,
    enableDraftSpec: true,
    ...(settings.redis
      ? {
          store: createSyncedQuotaStore({
            redis: settings.redis,
            nameSpace: settings.nameSpace ?? 'mitmach-quota:',
            syncIntervalMs: 100,
            localFromQuota: 1_000,
            localUpToShare: 0.9,
            logger: app.log as unknown as Logger,
          }),
        }
      : {}),
    // A quota store that fails must not take the API down with it; the failure is logged.
    skipOnError: true,
    allowList: (request) => request.method === 'OPTIONS' || request.url.startsWith('/health/'),
    keyGenerator: quotaKey,
    max: (request) => {
      if (request.partnerKey) return request.partnerKey.requestsPerMinute;
      return isAuthenticated(request.caller) ? settings.authenticatedPerMinute : settings.anonymousPerMinute;
    },
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: errorCodes.rateLimited,
      message: `The quota of ${context.max} requests per minute is used up; try again in ${Math.ceil(context.ttl / 1_000)} s.`,
    }),
  });
}
