import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, RefusedTargetError } from './guarded-lookup';
import { refusedAddressReason } from './target-address';

export interface SendOptions {
  /** Lets the target be on this machine or a private network (local development only). */
  allowPrivateTargets: boolean;
  /** The whole attempt, from connecting to the end of the answer. */
  timeoutMs: number;
  /** Bytes of the answer read at most; the rest is not waited for. */
  maxResponseBytes: number;
}

export const defaultSendOptions: Omit<SendOptions, 'allowPrivateTargets'> = {
  timeoutMs: 10_000,
  maxResponseBytes: 64 * 1024,
};

export type SendOutcome =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; refused?: boolean };

function drain(response: IncomingMessage, maxBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let received = 0;
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // An endpoint that streams without end must not keep the worker busy or fill its memory.
      if (received > maxBytes) {
        response.destroy();
        resolve();
      }
    });
    response.on('end', resolve);
    response.on('error', () => resolve());
    response.on('close', resolve);
  });
}

/**
 * POSTs a signed webhook once. Only a 2xx answer counts as delivered; redirects are not followed (a redirect could lead
 * anywhere, a private address included), and a host is checked at every attempt, not only when it was subscribed.
 */
export function sendWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendOutcome> {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateTargets && isIP(host)) {
    // An address in the URL is connected to without a lookup, so it is checked here.
    const reason = refusedAddressReason(host);
    if (reason) return Promise.resolve({ ok: false, status: null, error: `${host} is ${reason}`, refused: true });
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Mitmach-Regionen-Webhooks/1',
          ...headers,
        },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivateTargets ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        void drain(response, options.maxResponseBytes).then(() => {
          if (status >= 200 && status < 300) resolve({ ok: true, status });
          else if (status >= 300 && status < 400) {
            const location = response.headers.location ?? 'nowhere';
            resolve({
              ok: false,
              status,
              error: `answered HTTP ${status} to ${location.slice(0, 200)}; redirects are not followed`,
            });
          } else resolve({ ok: false, status, error: `answered HTTP ${status}` });
        });
      },
    );
    request.on('error', (error: Error & { code?: string }) => {
      if (error instanceof RefusedTargetError) {
        resolve({ ok: false, status: null, error: error.message, refused: true });
      } else if (error.name === 'TimeoutError' || error.name === 'AbortError') {
        resolve({ ok: false, status: null, error: `no answer within ${options.timeoutMs} ms` });
      } else
        resolve({ ok: false, status: null, error: error.code ? `${error.code}: ${error.message}` : error.message });
    });
    request.end(body);
  });
}
