import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { errorCodes } from './errors';
import { traceRequests } from './tracing/request-spans';
import { tracingEnabled } from './tracing/start-tracing';

export const requestIdHeader = 'x-request-id';

export interface Readiness {
  ready: boolean;
  /** Ready, but with some of what it depends on down: it still serves, with less. */
  degraded?: boolean;
  /** What the readiness endpoint lists besides the verdict: each dependency's and worker's state. */
  details?: Record<string, unknown>;
}

/** How much and how long one client may hold the server: bounds on what Node and Fastify accept. */
export interface HttpLimits {
  bodyBytes: number;
  headerBytes: number;
  /** The whole request, headers and body, must arrive within this time (HTTP 408 otherwise). */
  requestTimeoutMs: number;
  /** The headers must arrive within this time. */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
}

export const defaultHttpLimits: HttpLimits = {
  bodyBytes: 1_048_576,
  headerBytes: 16_384,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 65_000,
};

export interface HttpServerOptions {
  logger: Logger;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges), so request.ip is the client's. */
  trustedProxies?: readonly string[];
  /** Readiness: dependencies answer. Liveness only says the process serves HTTP. */
  readiness: () => Promise<Readiness>;
  limits?: Partial<HttpLimits>;
}

const requestIdPattern = /^[\w.:-]{1,128}$/;

/** Fastify with request ids, health endpoints and GraphQL-shaped answers for requests that never reach GraphQL. */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const limits = { ...defaultHttpLimits, ...options.limits };
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: limits.bodyBytes,
    ...(options.trustedProxies && options.trustedProxies.length > 0 ? { trustProxy: [...options.trustedProxies] } : {}),
    // Fastify applies no timeouts to a server it did not create; Node wants headersTimeout ≤ requestTimeout.
    serverFactory: (handler) => {
      // Node checks for connections over their time only this often; the default (30 s) would dwarf the timeouts.
      const checkEveryMs = Math.max(100, Math.min(1_000, limits.headersTimeoutMs));
      const server = createServer(
        { maxHeaderSize: limits.headerBytes, connectionsCheckingInterval: checkEveryMs },
        handler,
      );
      server.requestTimeout = limits.requestTimeoutMs;
      server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
      server.keepAliveTimeout = limits.keepAliveTimeoutMs;
      return server;
    },
    requestIdHeader,
    genReqId: (request) => {
      const incoming = request.headers[requestIdHeader];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    // One line per request comes from the onResponse hook below, with status and duration.
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: 'idle',
  });

  if (tracingEnabled()) traceRequests(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (status === 429) {
      return reply.status(429).send({
        errors: [{ message: error.message, extensions: { code: errorCodes.rateLimited, requestId: request.id } }],
      });
    }
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? `Request body is not valid JSON: ${error.message}`
        : status === 500
          ? 'Internal server error'
          : error.message;
    return reply.status(status).send({
      errors: [
        {
          message,
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId: request.id },
        },
      ],
    });
  });

  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async (_request, reply) => {
    const { ready, degraded, details } = await options.readiness();
    const status = ready ? (degraded ? 'degraded' : 'ready') : 'unavailable';
    return reply.status(ready ? 200 : 503).send({ status, ...details });
  });

  return app;
}
