import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * A server span for every request but the health probes, continuing the trace context the caller sent and active while
 * Fastify handles the request, so that what the handlers do (subgraph fetches, SQL, events) belongs to it.
 */
export function traceRequests(app: FastifyInstance): void {
  const tracer = trace.getTracer('@mitmach/server-kit');
  const spans = new WeakMap<FastifyRequest, Span>();
  const end = (request: FastifyRequest, finish: (span: Span) => void) => {
    const span = spans.get(request);
    if (!span) return;
    spans.delete(request);
    finish(span);
    span.end();
  };

  app.addHook('onRequest', (request, _reply, done) => {
    // Probes come every few seconds; traces of them would bury the ones that matter.
    if (request.url.startsWith('/health/')) {
      done();
      return;
    }
    const route = request.routeOptions.url;
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      route ? `${request.method} ${route}` : request.method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: request.method,
          [ATTR_URL_PATH]: request.url.split('?')[0],
          ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
        },
      },
      parent,
    );
    spans.set(request, span);
    // Fastify goes on with the request (body, handler, reply) from `done`, so all of it runs in the span's context.
    context.with(trace.setSpan(parent, span), done);
  });
  app.addHook('onResponse', async (request, reply) => {
    end(request, (span) => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    });
  });
  app.addHook('onRequestAbort', async (request) => {
    end(request, (span) => span.setStatus({ code: SpanStatusCode.ERROR, message: 'the client closed the connection' }));
  });
}
