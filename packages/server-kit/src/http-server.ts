import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { traceRequests } from './tracing/request-spans';
import { tracingEnabled } from './tracing/start-tracing';

export const requestIdHeader = 'x-request-id';

export interface Readiness {
  ready: boolean;
  /** What the readiness endpoint lists besides the verdict: each dependency's and worker's state. */
  details?: Record<string, unknown>;
}

export interface HttpServerOptions {
  logger: Logger;
  /** Readiness: dependencies answer. Liveness only says the process serves HTTP. */
  readiness: () => Promise<Readiness>;
  bodyLimitBytes?: number;
}

const requestIdPattern = /^[\w.:-]{1,128}$/;

/** Fastify with request ids, health endpoints and GraphQL-shaped answers for requests that never reach GraphQL. */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
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
    const { ready, details } = await options.readiness();
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', ...details });
  });

  return app;
}
