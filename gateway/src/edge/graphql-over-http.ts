import type { FastifyInstance } from 'fastify';

// Document errors: the client sent a document that does not parse or validate, or variables that do not coerce.
const documentErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

function isDocumentErrorBody(payload: string): boolean {
  try {
    const body = JSON.parse(payload) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    return (
      !('data' in body) &&
      Array.isArray(body.errors) &&
      body.errors.length > 0 &&
      body.errors.every((error) => documentErrorCodes.has(String(error.extensions?.code)))
    );
  } catch {
    return false;
  }
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets HTTP 200 with the errors for a document that
 * does not parse or validate and for variables that do not coerce; Apollo Server answers 400 there, which the
 * specification keeps for `application/graphql-response+json`.
 */
export function registerGraphqlOverHttpStatus(app: FastifyInstance, path: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url !== path || reply.statusCode !== 400 || typeof payload !== 'string') return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (contentType.startsWith('application/json') && isDocumentErrorBody(payload)) reply.code(200);
    return payload;
  });
}
