import cors from '@fastify/cors';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance } from 'fastify';

/** What a web page may send: no credentials (cookies) at all; Authorization only from the configured origins. */
const publicRequestHeaders = ['content-type', 'x-api-key', 'x-request-id', 'traceparent', 'apollo-require-preflight'];

/** What a partner's page may read from an answer: the request id, and the quota and cache headers. */
export const exposedHeaders = [
  'x-request-id',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'age',
  'etag',
  'cache-status',
];

/**
 * CORS for the public API: anonymous reads from any origin (the answer names the origin and varies by it), requests
 * with Authorization only from `authorizedOrigins` (the admin frontends). The preflight is answered here, so GraphQL
 * never sees an OPTIONS request; the actual request is checked too, because a preflight carries no Authorization.
 */
export async function registerCors(app: FastifyInstance, authorizedOrigins: readonly string[]): Promise<void> {
  const trusted = new Set(authorizedOrigins);
  await app.register(cors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const mayAuthorize = typeof origin === 'string' && trusted.has(origin);
      callback(null, {
        origin: true,
        credentials: false,
        methods: ['GET', 'POST'],
        allowedHeaders: mayAuthorize ? [...publicRequestHeaders, 'authorization'] : publicRequestHeaders,
        exposedHeaders,
        maxAge: 600,
      });
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' || !request.headers.authorization || typeof origin !== 'string') return;
    if (trusted.has(origin)) return;
    // Pages the gateway serves itself (the dashboard) call it from its own origin. Browsers set Sec-Fetch-Site and
    // no script can, so a page elsewhere cannot claim to be one of them.
    if (request.headers['sec-fetch-site'] === 'same-origin') return;
    return reply.status(403).send({
      errors: [
        {
          message: `Requests with Authorization are accepted only from the configured origins; ${origin} is not one of them.`,
          extensions: { code: errorCodes.forbidden, requestId: request.id },
        },
      ],
    });
  });
}
