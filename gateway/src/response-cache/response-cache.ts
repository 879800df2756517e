import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import { seesOnlyPublic } from '@mitmach/auth';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { type Admission, type AdmissionOptions, createAdmission } from './admission';
import type { CachedResponse, ResponseCacheStore } from './store';
import { entityTags } from './tags';

/**
 * What a request on its way through the cache carries: its key, whether its answer is worth keeping (its key was
 * missed before), and once its answer is ready, the tags it is kept under (null while it is not, or when the answer
 * may not be kept).
 */
export interface ResponseCacheTicket {
  key: string;
  /** Whether the answer is worth keeping, given the hash of its document (admission counts it as a miss of it). */
  admit: (document: string) => boolean;
  tags: string[] | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    responseCache?: ResponseCacheTicket;
  }
}

const cacheStatusHeader = 'cache-status';
const cacheName = 'mitmach-gateway';
const publicMaxAge = /(?:^|,)\s*max-age=(\d+)/;
const bypass = `${cacheName}; fwd=bypass`;
const miss = `${cacheName}; fwd=miss`;

/**
 * Whose answers an entry may serve: everyone who sees the public view shares one class (anonymous callers and partner
 * keys alike; what depends on a partner's key is private and never kept). Signed-in people are never served from the
 * cache.
 */
function cacheClassOf(request: FastifyRequest): 'public' | null {
  return seesOnlyPublic(request.caller) ? 'public' : null;
}

/**
 * Whether the request may be looked up by its raw bytes, before its body is parsed. A key that runs only registered
 * documents would be refused a document sent as text, and a registered document is resolved for its key first: those
 * are looked up once the persisted documents step has run.
 */
function answersByRawRequest(request: FastifyRequest): boolean {
  return !request.partnerKey?.persistedDocumentsOnly;
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

/** The key of a request by its raw bytes: the same bytes ask the same question. */
function rawKey(cacheClass: string, accept: string, method: string, raw: Buffer | string): string {
  return createHash('sha256')
    .update(`raw\u0000${cacheClass}\u0000${accept}\u0000${method}\u0000`)
    .update(raw)
    .digest('base64url');
}

/** The key of a request by its parameters, once the persisted documents step has put the document in. */
function parsedKey(cacheClass: string, parameters: GraphqlParameters, accept: string): string | null {
  if (typeof parameters.query !== 'string') return null;
  return createHash('sha256')
    .update(
      JSON.stringify([
        cacheClass,
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
  const ttl = Math.max(0, cached.maxAgeSeconds - age);
  reply.headers({
    'cache-control': `max-age=${ttl}, public`,
    age: String(age),
    etag: cached.etag,
    [cacheStatusHeader]: `${cacheName}; hit; ttl=${ttl}`,
  });
  if (request.headers['if-none-match'] !== undefined && matches(request.headers['if-none-match'], cached.etag)) {
    return reply.code(304).send();
  }
  return reply.header('content-type', cached.contentType).send(cached.body);
}

/**
 * The body as it came, up to the route's body limit; null (and the stream left as it was) for a body of unknown or
 * excessive length, which the body parser then reads and refuses as usual.
 */
async function rawBodyOf(request: FastifyRequest, payload: NodeJS.ReadableStream): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  if (!Number.isInteger(declared) || declared > request.routeOptions.bodyLimit) return null;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of payload) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
}

export interface ResponseCacheOptions {
  path: string;
  store: ResponseCacheStore;
  metrics: Registry;
  /** Answers are kept at most this long, whatever their hints say. */
  maxAgeSeconds: number;
  /** Which answers are kept: by default those whose key was missed before within a minute. */
  admission?: AdmissionOptions;
}

const defaultAdmission: AdmissionOptions = { windowMs: 60_000, maxKeys: 50_000 };

/**
 * Whole answers of public reads (anonymous and partner callers), kept as long as their cache-control hints allow and
 * dropped by change events. Looked up by the request's raw bytes before its body is even parsed, after the caller is
 * identified and the quota counted; requests that run registered documents are looked up once the persisted documents
 * step has resolved them. An answer is kept only when it is public, has a max-age and carries no error, and only on
 * admission's word (from its key's second miss within the window, or its first once its document's keys are seen to
 * come back; questions asked once cost no store write); it is kept as the
 * bytes that were sent with their ETag, so that a hit costs a lookup and a write. Every answer says what it got in
 * Cache-Status; hits carry Age, and the ETag lets a client revalidate with 304.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  const lookups = new Counter({
    name: 'mitmach_response_cache_lookups_total',
    help: 'Lookups of public answers in the response cache, by result (hit or miss); the hit ratio is hit / all.',
    labelNames: ['result'],
    registers: [options.metrics],
  });
  app.decorateRequest('responseCache', undefined);
  const admission: Admission = createAdmission(options.admission ?? defaultAdmission);

  async function lookUp(request: FastifyRequest, reply: FastifyReply, key: string): Promise<FastifyReply | undefined> {
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
    const repeated = admission.sighted(key);
    request.responseCache = { key, admit: (document) => admission.admit(document, repeated), tags: null };
    reply.header(cacheStatusHeader, miss);
    return undefined;
  }

  app.addHook('preParsing', async (request, reply, payload) => {
    if (request.routeOptions.url !== options.path || (request.method !== 'GET' && request.method !== 'POST')) {
      return payload;
    }
    const cacheClass = cacheClassOf(request);
    if (!cacheClass) {
      reply.header(cacheStatusHeader, bypass);
      return payload;
    }
    if (!answersByRawRequest(request)) return payload;
    const accept = request.headers.accept ?? '';
    if (request.method === 'GET') {
      await lookUp(request, reply, rawKey(cacheClass, accept, 'GET', request.url));
      return payload;
    }
    const body = await rawBodyOf(request, payload);
    if (!body) return payload;
    const key = rawKey(cacheClass, `${accept}\u0000${request.headers['content-type'] ?? ''}`, 'POST', body);
    await lookUp(request, reply, key);
    return Readable.from([body]);
  });

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path) return;
    const cacheClass = cacheClassOf(request);
    if (!cacheClass) return;
    // The raw bytes named a document registered for the caller's key, which another caller may not run.
    if (request.responseCache && !request.runsRegisteredDocument) return;
    const parameters = parametersOf(request);
    const key = parameters ? parsedKey(cacheClass, parameters, request.headers.accept ?? '') : null;
    request.responseCache = undefined;
    if (!key) {
      reply.header(cacheStatusHeader, bypass);
      return;
    }
    return lookUp(request, reply, key);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const ticket = request.responseCache;
    if (!ticket || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const etag = etagOf(payload);
    reply.header('etag', etag).header('age', '0');
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    const maxAge = Number(publicMaxAge.exec(cacheControl)?.[1] ?? 0);
    const isPublic = /(?:^|,)\s*public\b/.test(cacheControl);
    if (!ticket.tags || !isPublic || maxAge <= 0) return payload;
    const response: CachedResponse = {
      body: payload,
      contentType: String(reply.getHeader('content-type') ?? 'application/json'),
      etag,
      storedAt: Date.now(),
      maxAgeSeconds: Math.min(maxAge, options.maxAgeSeconds),
    };
    try {
      await options.store.set(ticket.key, response, ticket.tags);
      reply.header(cacheStatusHeader, `${miss}; stored`);
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
  documentTags: (document: DocumentNode) => string[],
  store: ResponseCacheStore,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, document, queryHash, operation, response, logger, overallCachePolicy }) {
          if (!document) return;
          if (operation?.operation === 'query') {
            const ticket = contextValue.cacheTicket;
            // Tagged from the answer as it is, not parsed back from the bytes; only what may be kept is tagged.
            if (!ticket || response.body.kind !== 'single' || response.body.singleResult.errors) return;
            const policy = overallCachePolicy.policyIfCacheable();
            if (!policy || policy.scope === 'PRIVATE' || !ticket.admit(queryHash ?? '')) return;
            ticket.tags = [...documentTags(document), ...entityTags(response.body.singleResult.data)];
            return;
          }
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const tags = [
            ...entityTags(response.body.singleResult.data),
            // An entity the answer holds without its id could be in any answer of its type.
            ...documentTags(document)
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
