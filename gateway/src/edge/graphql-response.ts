import type { FastifyReply, FastifyRequest } from 'fastify';

export const graphqlResponseJson = 'application/graphql-response+json';

/**
 * The media type of a GraphQL answer, as GraphQL over HTTP asks: the new `application/graphql-response+json` when
 * the client accepts it, otherwise (also for `* / *` and no Accept at all) the traditional `application/json`.
 */
export function responseMediaType(accept: string | undefined): 'application/json' | typeof graphqlResponseJson {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const modern = types.indexOf(graphqlResponseJson);
  const legacy = types.indexOf('application/json');
  return modern >= 0 && (legacy < 0 || modern < legacy) ? graphqlResponseJson : 'application/json';
}

export interface ClientError {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/**
 * Answers a request refused before execution. Under `application/json` such a document error is HTTP 200 with the
 * errors (legacy clients read the body, not the status); under `application/graphql-response+json` it is 400.
 */
export function sendDocumentErrors(request: FastifyRequest, reply: FastifyReply, errors: ClientError[]) {
  const mediaType = responseMediaType(request.headers.accept);
  return reply
    .status(mediaType === graphqlResponseJson ? 400 : 200)
    .header('content-type', `${mediaType}; charset=utf-8`)
    .send({
      errors: errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId: request.id } })),
    });
}
