import { type BearerVerifier, callerHeader, InvalidTokenError, signCallerHeader } from '@mitmach/auth';
import { requestIdHeader } from '@mitmach/server-kit';
import { context, propagation } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';

const forwardedHeaders = ['content-type', 'content-disposition', 'cache-control', 'content-length'];

/**
 * Downloads (CSV exports) are plain HTTP rather than GraphQL: `GET /exports/<subgraph>/<path>` is forwarded to the
 * subgraph's `/exports/<path>` with the verified caller, exactly as GraphQL requests are.
 */
export function registerExportProxy(
  app: FastifyInstance,
  options: { subgraphUrl: (name: string) => string | undefined; verifyBearer: BearerVerifier; callerSecret: string },
): void {
  app.get<{ Params: { subgraph: string; '*': string } }>('/exports/:subgraph/*', async (request, reply) => {
    const graphqlUrl = options.subgraphUrl(request.params.subgraph);
    if (!graphqlUrl) {
      return reply.status(404).send({
        errors: [
          { message: `No subgraph "${request.params.subgraph}" has exports.`, extensions: { code: 'NOT_FOUND' } },
        ],
      });
    }
    let caller: Awaited<ReturnType<BearerVerifier>>;
    try {
      caller = await options.verifyBearer(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return reply.status(401).send({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const target = new URL(graphqlUrl);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    target.pathname = `${target.pathname.replace(/\/graphql\/?$/, '')}/exports/${request.params['*']}`;
    target.search = query;
    const headers = {
      [callerHeader]: await signCallerHeader(caller, options.callerSecret),
      [requestIdHeader]: request.id,
    };
    // The request's span is active here, so the subgraph's spans of the download become its children.
    propagation.inject(context.active(), headers);
    const response = await fetch(target, { headers });
    reply.status(response.status);
    for (const name of forwardedHeaders) {
      const value = response.headers.get(name);
      if (value) reply.header(name, value);
    }
    return reply.send(Buffer.from(await response.arrayBuffer()));
  });
}
