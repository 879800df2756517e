import { anonymousCaller, type BearerVerifier, type Caller, InvalidTokenError } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, as the bearer token proves it; anonymous without one. */
    caller: Caller;
  }
}

/**
 * Verifies the bearer token once per request, before anything else looks at the caller (limits, GraphQL, exports).
 * A token that is present but unusable gets 401 rather than a silent downgrade to anonymous.
 */
export function registerVerifiedCaller(app: FastifyInstance, verifyBearer: BearerVerifier): void {
  // Fastify shares a decorator's initial value between requests, so it must not be an object; the hook sets it.
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    request.caller = anonymousCaller;
    if (request.method === 'OPTIONS') return;
    try {
      request.caller = await verifyBearer(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return reply.status(401).send({
        errors: [{ message: error.message, extensions: { code: errorCodes.unauthenticated, requestId: request.id } }],
      });
    }
  });
}

export const callerOf = (request: FastifyRequest): Caller => request.caller;
