import {
  anonymousCaller,
  type Caller,
  type CallerVerifier,
  callerHeader,
  InvalidCallerHeaderError,
} from '@mitmach/auth';
import type { FastifyInstance } from 'fastify';
import { errorCodes } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller the gateway signed for this subgraph. */
    caller: Caller;
  }
}

export interface SignedCallerOptions {
  verifier: CallerVerifier;
  /** Lets requests without a valid header in as anonymous: for benchmarks against other gateways, never production. */
  allowUnsigned: boolean;
}

/**
 * A subgraph trusts only the gateway: every request except the health checks and the metrics (counts, nothing about
 * anyone, for the orchestrator and Prometheus on the internal network) must carry a caller header the gateway signed
 * for this subgraph, `_entities` and `_service` included, or it is answered 401.
 */
export function registerSignedCaller(app: FastifyInstance, options: SignedCallerOptions): void {
  // Fastify shares a decorator's initial value between requests, so it must not be an object; the hook sets it.
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    request.caller = anonymousCaller;
    if (request.url.startsWith('/health/') || request.url === '/metrics') return;
    const header = request.headers[callerHeader];
    try {
      request.caller = await options.verifier.verify(header);
      return;
    } catch (error) {
      if (!(error instanceof InvalidCallerHeaderError)) throw error;
      if (header !== undefined) request.log.warn({ reason: error.message }, 'invalid caller header');
    }
    if (options.allowUnsigned) return;
    return reply.status(401).send({
      errors: [
        {
          message: 'This subgraph answers only requests the gateway signed for it.',
          extensions: { code: errorCodes.unauthenticated, requestId: request.id },
        },
      ],
    });
  });
}
