import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWebhook } from './send-webhook';

let server: Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.url ?? '');
    if (request.url === '/slow') return; // never answers
    if (request.url === '/endless') {
      response.writeHead(200);
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const write = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once('drain', write);
      };
      write();
      return;
    }
    response.writeHead(202).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = { allowPrivateTargets: true, timeoutMs: 2_000, maxResponseBytes: 64 * 1024 };
const guarded = { ...local, allowPrivateTargets: false };

describe('sending one webhook', () => {
  it('counts a 2xx answer as delivered', async () => {
    expect(await sendWebhook(`http://127.0.0.1:${port}/ok`, '{}', {}, local)).toEqual({ ok: true, status: 202 });
  });

  it('gives up on an endpoint that does not answer in time', async () => {
    expect(await sendWebhook(`http://127.0.0.1:${port}/slow`, '{}', {}, { ...local, timeoutMs: 300 })).toEqual({
      ok: false,
      status: null,
      error: 'no answer within 300 ms',
    });
  });

  it('stops reading an answer past the size cap', async () => {
    expect(await sendWebhook(`http://127.0.0.1:${port}/endless`, '{}', {}, local)).toEqual({ ok: true, status: 200 });
  });

  it('refuses a host that resolves to a loopback address, and addresses written in the URL, before connecting', async () => {
    const before = seen.length;
    expect(await sendWebhook(`http://localhost:${port}/ok`, '{}', {}, guarded)).toEqual({
      ok: false,
      status: null,
      error: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/),
      refused: true,
    });
    expect(await sendWebhook(`http://127.0.0.1:${port}/ok`, '{}', {}, guarded)).toEqual({
      ok: false,
      status: null,
      error: '127.0.0.1 is a loopback address',
      refused: true,
    });
    expect(await sendWebhook(`http://[::ffff:127.0.0.1]:${port}/ok`, '{}', {}, guarded)).toMatchObject({
      error: '::ffff:7f00:1 is a loopback address',
      refused: true,
    });
    expect(seen.length).toBe(before);
  });
});
