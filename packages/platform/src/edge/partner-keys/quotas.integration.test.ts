import { randomUUID } from 'node:crypto';
import { connectQuotaStore } from '@mitmach/gateway';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import {
  type Federation,
  type GatewaySettings,
  silentLogger,
  startFederation,
  startTestGateway,
} from '@mitmach/testkit';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWithKey, regionsQuery } from './read-with-key.testing';

// The machine's Redis, as every gateway replica of the distributed mode shares it. Each test run counts under its
// own prefix, so runs within the same minute do not share counters.
const redisUrl = 'redis://127.0.0.1:6379';

let federation: Federation;
let redis: Redis;
let admin: Awaited<ReturnType<typeof keyAdmin>>;
const gateways: { url: string; close: () => Promise<void> }[] = [];

function quotas(overrides: Partial<NonNullable<GatewaySettings['quotas']>> = {}): GatewaySettings['quotas'] {
  return {
    anonymousPerMinute: 4,
    authenticatedPerMinute: 100,
    redis,
    nameSpace: `test-quota-${randomUUID()}:`,
    ...overrides,
  };
}

/** Another gateway replica over the same subgraphs and secrets. */
async function replica(settings: GatewaySettings) {
  const gateway = await startTestGateway({
    subgraphs: [regionsSubgraph, partnersSubgraph].map((subgraph) => ({
      name: subgraph.name,
      routingUrl: federation.subgraphUrls[subgraph.name] ?? '',
      sdl: subgraph.sdl(),
    })),
    subgraphUrls: federation.subgraphUrls,
    jwtSecret: federation.jwtSecret,
    callerKeys: federation.callerKeys,
    ...settings,
  });
  gateways.push(gateway);
  return gateway.url;
}

async function anonymous(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: regionsQuery }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  redis = connectQuotaStore(redisUrl, silentLogger);
  // Commands fail rather than queue while Redis is connecting, so the counts start once it is ready.
  await vi.waitFor(() => expect(redis.status).toBe('ready'), { timeout: 10_000 });
  federation = await startFederation({ subgraphs: [regionsSubgraph, partnersSubgraph] });
  admin = await keyAdmin(federation);
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await federation?.stop();
  await redis?.quit();
});

describe('quotas', () => {
  it("shares a key's quota between two gateways through Redis, then answers 429 with Retry-After", async () => {
    const shared = quotas();
    const [first, second] = [await replica({ quotas: shared }), await replica({ quotas: shared })];
    const { secret } = await admin.create({ allowedOrigins: ['https://zeitung.example'], requestsPerMinute: 5 });
    const remaining: (string | null)[] = [];
    for (const url of [first, second, first, second, first]) {
      const answer = await readWithKey(url, secret);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('ratelimit-limit')).toBe('5');
      remaining.push(answer.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const refused = await readWithKey(second, secret);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^The quota of 5 requests per minute is used up; try again in \d+ s\.$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    // Another key has a quota of its own.
    const other = await admin.create({ allowedOrigins: ['https://zeitung.example'], requestsPerMinute: 5 });
    expect((await readWithKey(first, other.secret)).status).toBe(200);
  });

  it('counts anonymous callers by the client address a trusted proxy reports, and ignores the header otherwise', async () => {
    const behindProxy = await replica({ quotas: quotas({ anonymousPerMinute: 2 }), trustedProxies: ['127.0.0.1'] });
    const alice = { 'x-forwarded-for': '203.0.113.7' };
    expect((await anonymous(behindProxy, alice)).headers.get('ratelimit-limit')).toBe('2');
    expect((await anonymous(behindProxy, alice)).status).toBe(200);
    expect((await anonymous(behindProxy, alice)).status).toBe(429);
    expect((await anonymous(behindProxy, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);

    const direct = await replica({ quotas: quotas({ anonymousPerMinute: 2 }) });
    expect((await anonymous(direct, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await anonymous(direct, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
    // A made-up X-Forwarded-For buys no new quota from a gateway that trusts no proxy.
    expect((await anonymous(direct, { 'x-forwarded-for': '198.51.100.3' })).status).toBe(429);
  });

  it('charges made-up keys to the anonymous quota of their address', async () => {
    const url = await replica({ quotas: quotas({ anonymousPerMinute: 5 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await readWithKey(url, `mk_guess${randomUUID()}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('gives people signed in their own, larger quota', async () => {
    const url = await replica({ quotas: quotas({ anonymousPerMinute: 1, authenticatedPerMinute: 3 }) });
    const signedIn = { authorization: `Bearer ${admin.token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await anonymous(url, signedIn)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await anonymous(url)).status).toBe(200);
  });

  it('keeps serving, without quotas, while Redis cannot be reached', async () => {
    const unreachable = connectQuotaStore('redis://127.0.0.1:1', silentLogger);
    try {
      const url = await replica({ quotas: quotas({ anonymousPerMinute: 1, redis: unreachable }) });
      const started = performance.now();
      const statuses = [(await anonymous(url)).status, (await anonymous(url)).status];
      expect(statuses).toEqual([200, 200]);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      unreachable.disconnect();
    }
  });
});
