import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { type Caller, isAuthenticated } from '@mitmach/auth';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { CachedResponse, ResponseCacheStore } from './store';
import { entityTags, operationTags } from './tags';

/** What a request on its way through the cache carries: its key, and the tags of its operation once planned. */
export interface ResponseCacheTicket {
  key: string;
  operationTags: string[] | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    responseCache?: ResponseCacheTicket;
  }
}

const cacheStatusHeader = 'cache-status';
const cacheName = 'mitmach-gateway';
const publicMaxAge = /(?:^|,)\s*max-age=(\d+)/;

/**
 * Whose answers an entry may serve: anonymous callers share one, a partner key has its own (partners read the public
 * view, but a key's entries stay its own). Signed-in people are never served from the cache.
 */
function bucketOf(caller: Caller, partnerKeyId: string | undefined): string | null {
  if (partnerKeyId) return `partner:${partnerKeyId}`;
  return isAuthenticated(caller) ? null : 'public';
}

interface GraphqlParameters {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function parametersOf(request: FastifyRequest): GraphqlParameters | null {
  if (request.method === 'POST') return (request.body as GraphqlParameters | undefined) ?? null;
  if (request.method !== 'GET') return null;
  const query = request.query as Record<string, string | undefined>;
  let variables: unknown = null;
  try {
    variables = query.variables ? JSON.parse(query.variables) : null;
  } catch {
    return null;
  }
  return { query: query.query, variables, operationName: query.operationName };
}

function cacheKey(bucket: string, parameters: GraphqlParameters, accept: string): string | null {
  if (typeof parameters.query !== 'string') return null;
  return createHash('sha256')
    .update(
      JSON.stringify([
        bucket,
        accept,
        parameters.operationName ?? null,
        parameters.query,
        parameters.variables ?? null,
      ]),
    )
    .digest('base64url');
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch?.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag) ?? false;
}

function answerFromCache(request: FastifyRequest, reply: FastifyReply, cached: CachedResponse): FastifyReply {
  const age = Math.max(0, Math.floor((Date.now() - cached.storedAt) / 1000));
  reply
    .header('cache-control', `max-age=${Math.max(0, cached.maxAgeSeconds - age)}, public`)
    .header('age', String(age))
    .header('etag', cached.etag)
    .header(cacheStatusHeader, `${cacheName}; hit; ttl=${cached.maxAgeSeconds - age}`);
  if (matches(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  return reply.header('content-type', cached.contentType).send(cached.body);
}

export interface ResponseCacheOptions {
  path: string;
  store: ResponseCacheStore;
  metrics: Registry;
  /** Answers are kept at most this long, whatever their hints say. */
  maxAgeSeconds: number;
}

/**
 * Whole answers of public reads (anonymous and partner callers), kept as long as their cache-control hints allow and
 * dropped by change events. Looked up before the document is parsed and after quotas and persisted documents; an
 * answer is kept only when it is public, has a max-age and carries no error. Every answer says what it got in
 * Cache-Status; hits carry Age, and an ETag lets a client revalidate with 304.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  const lookups = new Counter({
    name: 'mitmach_response_cache_lookups_total',
    help: 'Lookups of public answers in the response cache, by result (hit or miss); the hit ratio is hit / all.',
    labelNames: ['result'],
    registers: [options.metrics],
  });
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path) return;
    const bucket = bucketOf(request.caller, request.partnerKey?.id);
    const parameters = bucket ? parametersOf(request) : null;
    const key = bucket && parameters ? cacheKey(bucket, parameters, request.headers.accept ?? '') : null;
    if (!key) {
      reply.header(cacheStatusHeader, `${cacheName}; fwd=bypass`);
      return;
    }
    let cached: CachedResponse | undefined;
    try {
      cached = await options.store.get(key);
    } catch (error) {
      request.log.warn({ err: error }, 'the response cache could not be read; answering without it');
    }
    if (cached) {
      lookups.inc({ result: 'hit' });
      return answerFromCache(request, reply, cached);
    }
    lookups.inc({ result: 'miss' });
    request.responseCache = { key, operationTags: null };
    reply.header(cacheStatusHeader, `${cacheName}; fwd=miss`);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const ticket = request.responseCache;
    if (!ticket || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const etag = etagOf(payload);
    reply.header('etag', etag).header('age', '0');
    const maxAge = Number(publicMaxAge.exec(String(reply.getHeader('cache-control') ?? ''))?.[1] ?? 0);
    const isPublic = /(?:^|,)\s*public\b/.test(String(reply.getHeader('cache-control') ?? ''));
    if (!ticket.operationTags || !isPublic || maxAge <= 0 || payload.includes('"errors":')) return payload;
    const response: CachedResponse = {
      body: payload,
      contentType: String(reply.getHeader('content-type') ?? 'application/json'),
      etag,
      storedAt: Date.now(),
      maxAgeSeconds: Math.min(maxAge, options.maxAgeSeconds),
    };
    const tags = [...ticket.operationTags, ...entityTags(JSON.parse(payload).data)];
    try {
      await options.store.set(ticket.key, response, tags);
      reply.header(cacheStatusHeader, `${cacheName}; fwd=miss; stored`);
    } catch (error) {
      request.log.warn({ err: error }, 'the response cache could not be written');
    }
    return payload;
  });
}

/**
 * Hands the tags of a read to the cache. A mutation drops at once what it changed (every entity its answer holds, and
 * every answer of a type it reads without ids), before its own answer leaves: the change events would drop them too,
 * but only once the transport has carried them.
 */
export function responseCachePlugin<Context extends { cacheTicket?: ResponseCacheTicket }>(
  schema: GraphQLSchema,
  store: ResponseCacheStore,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, document, operation, response, logger }) {
          if (!document) return;
          if (operation?.operation === 'query') {
            if (contextValue.cacheTicket) contextValue.cacheTicket.operationTags = operationTags(schema, document);
            return;
          }
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const tags = [
            ...entityTags(response.body.singleResult.data),
            // An entity the answer holds without its id could be in any answer of its type.
            ...operationTags(schema, document)
              .filter((tag) => tag.startsWith('untracked:'))
              .flatMap((tag) => [tag, tag.replace(/^untracked:/, 'type:')]),
          ];
          try {
            await store.invalidate(tags);
          } catch (error) {
            logger.warn(`the response cache could not drop what a mutation changed: ${(error as Error).message}`);
          }
        },
      };
    },
  };
}
