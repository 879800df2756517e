import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: Date;
}

/** What the receiver answers to a request on a path: a status, and where a redirect points. */
export type Answer = { status: number; location?: string };

/**
 * A partner's endpoint: a real HTTP server on the loopback interface that records every request and answers each path
 * as a test scripts it (200 unless told otherwise).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const scripts = new Map<string, Answer[]>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: new Date(),
      });
      const script = scripts.get(path);
      const answer = (script && script.length > 1 ? script.shift() : script?.[0]) ?? { status: 200 };
      response.writeHead(answer.status, answer.location ? { location: answer.location } : {});
      response.end(answer.status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** Answers the path with these, in turn; the last one stays. */
    answer(path: string, ...answers: Answer[]) {
      scripts.set(path, answers);
    },
    on: (path: string) => received.filter((request) => request.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Verifies a delivery as a partner would, with the Standard Webhooks reference library; throws when it fails. */
export function verifyWebhook(secret: string, request: ReceivedWebhook): unknown {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
