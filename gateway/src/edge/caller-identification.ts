import { anonymousCaller, type BearerVerifier, type Caller, InvalidTokenError, partnerCaller } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KeyCache } from './partner-keys/key-cache';
import { type ActiveKey, type KeyResolution, PartnersUnavailableError } from './partner-keys/partners-client';
import type { UsageRecorder } from './partner-keys/usage-recorder';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: a person by bearer token, a partner by API key, or anonymous. */
    caller: Caller;
    /** The partner's key, for requests made with one. */
    partnerKey: ActiveKey | null;
    /** Why the credential the request carries cannot be used; sent once the request has counted against a quota. */
    identificationRefusal: Refusal | null;
  }
}

interface Refusal {
  status: number;
  code: string;
  message: string;
}

export const apiKeyHeader = 'x-api-key';

export interface CallerIdentificationOptions {
  verifyBearer: BearerVerifier;
  /** Null where no partners service is federated: keys are then refused. */
  keys: KeyCache | null;
  usage: UsageRecorder | null;
}

function refusal(status: number, code: string, message: string): Refusal {
  return { status, code, message };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

const refusals: Record<Exclude<KeyResolution['status'], 'active'>, (since: string) => string> = {
  unknown: () => 'The API key is unknown.',
  revoked: (since) => `The API key was revoked on ${day(since)}.`,
  expired: (since) => `The API key expired on ${day(since)}.`,
  'secret-replaced': (since) =>
    `This secret of the API key was replaced and stopped working on ${day(since)}; use the new one.`,
};

/**
 * Identifies the caller once per request, before anything else looks at it (quotas, limits, GraphQL, exports): a
 * partner by `X-Api-Key`, bound to the key's origins (checked on the request itself, since a preflight carries no
 * key), or a person by bearer token. A credential that is present but unusable is refused with 401 rather than
 * downgraded to anonymous, but only by `registerIdentificationRefusals`, after the request has counted against its
 * address's quota: made-up keys cost an attacker quota like any anonymous request.
 */
export function registerCallerIdentification(app: FastifyInstance, options: CallerIdentificationOptions): void {
  // Fastify shares a decorator's initial value between requests, so it must not be an object; the hook sets it.
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorateRequest('partnerKey', null);
  app.decorateRequest('identificationRefusal', null);
  app.addHook('onRequest', async (request) => {
    request.caller = anonymousCaller;
    request.partnerKey = null;
    request.identificationRefusal = null;
    if (request.method === 'OPTIONS' || request.url.startsWith('/health/')) return;
    request.identificationRefusal = await identify(request, options);
  });
}

/**
 * Sends the refusal the identification found, if any. A preParsing hook, since the quotas are onRequest hooks of each
 * route, which run after every onRequest hook of the server.
 */
export function registerIdentificationRefusals(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, reply) => {
    const refused = request.identificationRefusal;
    if (!refused) return;
    return reply
      .status(refused.status)
      .send({ errors: [{ message: refused.message, extensions: { code: refused.code, requestId: request.id } }] });
  });
}

// Far longer than any secret the partners service issues; longer ones are not looked up at all.
const longestSecret = 256;

async function identify(request: FastifyRequest, options: CallerIdentificationOptions): Promise<Refusal | null> {
  const secret = request.headers[apiKeyHeader];
  if (secret === undefined) {
    try {
      request.caller = await options.verifyBearer(request.headers.authorization);
      return null;
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return refusal(401, errorCodes.unauthenticated, error.message);
    }
  }
  if (request.headers.authorization) {
    return refusal(400, errorCodes.badRequest, 'Send either Authorization or X-Api-Key, not both.');
  }
  if (typeof secret !== 'string' || secret.length > longestSecret || !options.keys) {
    return refusal(401, errorCodes.unauthenticated, refusals.unknown(''));
  }
  let resolution: KeyResolution;
  try {
    resolution = await options.keys.resolve(secret);
  } catch (error) {
    if (!(error instanceof PartnersUnavailableError)) throw error;
    request.log.error({ err: error }, 'API key could not be checked');
    return refusal(503, 'SERVICE_UNAVAILABLE', 'API keys cannot be checked right now; try again.');
  }
  if (resolution.status !== 'active') {
    const since = 'since' in resolution ? resolution.since : '';
    return refusal(401, errorCodes.unauthenticated, refusals[resolution.status](since));
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string' && !resolution.key.allowedOrigins.includes(origin)) {
    const allowed = resolution.key.allowedOrigins.join(', ');
    return refusal(
      403,
      errorCodes.forbidden,
      `This API key may be used only from ${allowed}; ${origin} is not one of them.`,
    );
  }
  request.partnerKey = resolution.key;
  request.caller = partnerCaller(resolution.key.id);
  options.usage?.used(resolution.key.id);
  return null;
}

export const callerOf = (request: FastifyRequest): Caller => request.caller;
