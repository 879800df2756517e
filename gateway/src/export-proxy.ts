import { type CallerSigner, callerHeader } from '@mitmach/auth';
import { errorCodes, requestIdHeader } from '@mitmach/server-kit';
import { context, propagation } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';

const forwardedHeaders = ['content-type', 'content-disposition', 'cache-control', 'content-length'];

/**
 * Downloads (CSV exports) are plain HTTP rather than GraphQL: `GET /exports/<subgraph>/<path>` is forwarded to the
 * subgraph's `/exports/<path>` with the verified caller, exactly as GraphQL requests are.
 */
export function registerExportProxy(
  app: FastifyInstance,
  options: { subgraphUrl: (name: string) => string | undefined; signer: CallerSigner; timeoutMs: number },
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
    const target = new URL(graphqlUrl);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    target.pathname = `${target.pathname.replace(/\/graphql\/?$/, '')}/exports/${request.params['*']}`;
    target.search = query;
    const headers = {
      [callerHeader]: await options.signer.sign(request.caller, request.params.subgraph),
      [requestIdHeader]: request.id,
    };
    // The request's span is active here, so the subgraph's spans of the download become its children.
    propagation.inject(context.active(), headers);
    let response: Response;
    try {
      response = await fetch(target, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      const message = `The ${request.params.subgraph} service did not answer within ${options.timeoutMs} ms.`;
      return reply.status(504).send({ errors: [{ message, extensions: { code: errorCodes.gatewayTimeout } }] });
    }
    reply.status(response.status);
    for (const name of forwardedHeaders) {
      const value = response.headers.get(name);
      if (value) reply.header(name, value);
    }
    return reply.send(Buffer.from(await response.arrayBuffer()));
  });
}
