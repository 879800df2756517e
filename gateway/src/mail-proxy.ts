import { type CallerSigner, callerHeader } from '@mitmach/auth';
import { errorCodes, requestIdHeader } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const forwardedHeaders = ['content-type', 'cache-control', 'content-length'];
const maxFormBytes = 4096;
const mailPaths = ['/mail/confirm', '/mail/confirm-application', '/mail/cancel', '/mail/unsubscribe'];

/**
 * The pages behind the links in e-mails (confirming, cancelling, unsubscribing) and, in the embedded mode, the
 * development mailbox (`/dev/mailbox`) are the people service's; the gateway forwards them with the caller, as it does
 * GraphQL. Where the people service has no mailbox (an SMTP server is configured), it answers 404.
 */
export function registerMailProxy(
  app: FastifyInstance,
  options: { peopleUrl: () => string | undefined; signer: CallerSigner; timeoutMs: number },
): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: maxFormBytes },
      (_request, body, done) => done(null, body),
    );
    // RFC 8058 lets mail clients send the one-click unsubscribe as multipart; its token is in the URL either way.
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: maxFormBytes }, (_r, _b, done) =>
      done(null, ''),
    );
    const forward = async (request: FastifyRequest, reply: FastifyReply) => {
      const graphqlUrl = options.peopleUrl();
      if (!graphqlUrl) return reply.status(404).send();
      // A JSON body (which Fastify parses everywhere) would be dropped, and its token with it.
      if (request.method === 'POST' && request.body !== undefined && typeof request.body !== 'string') {
        return reply.status(415).send({
          errors: [
            {
              message: 'The links in e-mails take a form (application/x-www-form-urlencoded) or no body at all.',
              extensions: { code: errorCodes.badRequest },
            },
          ],
        });
      }
      const target = new URL(graphqlUrl);
      const [path, query] = request.url.split('?', 2);
      target.pathname = `${target.pathname.replace(/\/graphql\/?$/, '')}${path}`;
      target.search = query ? `?${query}` : '';
      const headers: Record<string, string> = {
        [callerHeader]: await options.signer.sign(request.caller, 'people'),
        [requestIdHeader]: request.id,
      };
      const body = request.method === 'POST' && typeof request.body === 'string' ? request.body : undefined;
      if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      let response: Response;
      try {
        response = await fetch(target, {
          method: request.method,
          headers,
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        if ((error as Error).name !== 'TimeoutError') throw error;
        const message = `The people service did not answer within ${options.timeoutMs} ms.`;
        return reply.status(504).send({ errors: [{ message, extensions: { code: errorCodes.gatewayTimeout } }] });
      }
      reply.status(response.status);
      for (const name of forwardedHeaders) {
        const value = response.headers.get(name);
        if (value) reply.header(name, value);
      }
      return reply.send(Buffer.from(await response.arrayBuffer()));
    };
    for (const path of mailPaths) {
      scope.get(path, forward);
      scope.post(path, forward);
    }
    scope.get('/dev/mailbox', forward);
    scope.get('/dev/mailbox/:file', forward);
  });
}
