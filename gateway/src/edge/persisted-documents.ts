import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { type PartnersClient, PartnersUnavailableError } from './partner-keys/partners-client';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whether the request runs a document registered for its partner key, put in by this step. */
    runsRegisteredDocument: boolean;
  }
}

/** The GraphQL parameters this step reads, from a POST body or the GET query string (extensions as JSON text). */
interface GraphqlParameters {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

function objectOf(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    try {
      return objectOf(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The hash asked for; a documentId may carry the `sha256:` prefix of the GraphQL over HTTP persisted documents. */
function requestedHash(parameters: GraphqlParameters): string | null {
  const persistedQuery = objectOf(objectOf(parameters.extensions)?.persistedQuery);
  const hash = typeof parameters.documentId === 'string' ? parameters.documentId : persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The request as it runs the registered document: its text as `query`, without the hash. */
function runRegistered(request: FastifyRequest, parameters: GraphqlParameters, document: string): void {
  request.runsRegisteredDocument = true;
  const { persistedQuery: _hash, ...extensions } = objectOf(parameters.extensions) ?? {};
  const { documentId: _id, ...rest } = parameters;
  if (request.method === 'GET') {
    // Apollo reads GET parameters from the raw URL, the operation limits from request.query: both must change.
    const url = new URL(request.raw.url ?? '/', 'http://gateway');
    url.searchParams.delete('documentId');
    url.searchParams.set('query', document);
    url.searchParams.set('extensions', JSON.stringify(extensions));
    request.raw.url = `${url.pathname}${url.search}`;
    request.query = Object.fromEntries(url.searchParams);
    return;
  }
  request.body = { ...rest, query: document, extensions };
}

/**
 * Documents registered for a partner key, sent by hash (`documentId`, or the persisted query hash). A key with
 * persistedDocumentsOnly runs nothing else: it can neither send new documents nor register them through automatic
 * persisted queries. Everyone else keeps Apollo's automatic persisted queries. Runs before the operation limits, so
 * they measure the document that will run.
 */
export function registerPersistedDocuments(
  app: FastifyInstance,
  options: { path: string; partners: PartnersClient | null; cacheTtlMs: number },
): void {
  app.decorateRequest('runsRegisteredDocument', false);
  const documents = new LRUCache<string, { document: string | null }>({ max: 5_000, ttl: options.cacheTtlMs });

  async function documentOf(keyId: string, hash: string): Promise<string | null> {
    const id = `${keyId}:${hash}`;
    const cached = documents.get(id);
    if (cached) return cached.document;
    if (!options.partners || !/^[0-9a-f]{64}$/.test(hash)) return null;
    const document = await options.partners.document(keyId, hash);
    documents.set(id, { document });
    return document;
  }

  function refuse(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) {
    return reply.status(status).send({ errors: [{ message, extensions: { code, requestId: request.id } }] });
  }

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path || (request.method !== 'GET' && request.method !== 'POST')) return;
    const key = request.partnerKey;
    const parameters = (objectOf(request.method === 'GET' ? request.query : request.body) ?? {}) as GraphqlParameters;
    const hash = requestedHash(parameters);
    if (!key) {
      if (typeof parameters.documentId !== 'string') return;
      return refuse(
        request,
        reply,
        403,
        'PERSISTED_DOCUMENT_NOT_FOUND',
        'documentId names a document registered for an API key; send the key as X-Api-Key.',
      );
    }
    if (!hash) {
      if (!key.persistedDocumentsOnly) return;
      return refuse(
        request,
        reply,
        403,
        'PERSISTED_DOCUMENT_REQUIRED',
        'This API key runs only the documents registered for it; send a registered document as documentId.',
      );
    }
    if (!key.persistedDocumentsOnly && typeof parameters.documentId !== 'string') return;
    let document: string | null;
    try {
      document = await documentOf(key.id, hash);
    } catch (error) {
      if (!(error instanceof PartnersUnavailableError)) throw error;
      request.log.error({ err: error }, 'registered documents could not be read');
      return refuse(
        request,
        reply,
        503,
        'SERVICE_UNAVAILABLE',
        'Registered documents cannot be read right now; try again.',
      );
    }
    if (document === null || (typeof parameters.query === 'string' && sha256(parameters.query) !== hash)) {
      return refuse(
        request,
        reply,
        403,
        'PERSISTED_DOCUMENT_NOT_FOUND',
        `The document ${hash} is not registered for this API key; staff register documents with registerPersistedDocuments.`,
      );
    }
    runRegistered(request, parameters, document);
  });
}
