import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation } from '@mitmach/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithKey } from './read-with-key.testing';

const site = 'https://www.landkreis-kassel.example';
// Short, so that the tests see revocations take effect; the gateway's default is five seconds.
const cacheMs = 300;

let federation: Federation;
let admin: Awaited<ReturnType<typeof keyAdmin>>;

beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, partnersSubgraph],
    gateway: { apiKeyCacheMs: cacheMs, apiKeyUsageIntervalMs: 100 },
  });
  admin = await keyAdmin(federation);
});
afterAll(() => federation?.stop());

const read = (secret: string, origin?: string) => readWithKey(federation.gatewayUrl, secret, origin ? { origin } : {});

describe('partner API keys at the gateway', () => {
  it('serves a key from its own origin, and from a server that sends no origin', async () => {
    const { secret } = await admin.create({ allowedOrigins: [site], requestsPerMinute: 50 });
    const own = await read(secret, site);
    expect(own.status).toBe(200);
    expect(own.body.data?.regions?.edges).toHaveLength(3);
    expect(own.headers.get('access-control-allow-origin')).toBe(site);
    expect(own.headers.get('ratelimit-limit')).toBe('50');
    expect((await read(secret)).status).toBe(200);
  });

  it('refuses a key used from an origin it does not list with 403, naming the allowed origins', async () => {
    const { secret } = await admin.create({ allowedOrigins: [site, 'https://klima.kassel.example'] });
    const foreign = await read(secret, 'https://elsewhere.example');
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors?.[0]).toMatchObject({
      message:
        'This API key may be used only from https://www.landkreis-kassel.example, https://klima.kassel.example; https://elsewhere.example is not one of them.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(foreign.body.data).toBeUndefined();
  });

  it('refuses an unknown key with 401 saying so, and one sent together with a bearer token with 400', async () => {
    const unknown = await read('mk_thisisnotakeythisisnotakeythisisnotakey12');
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: 'The API key is unknown.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await read('x'.repeat(5_000))).status).toBe(401);
    const { secret } = await admin.create({ allowedOrigins: [site] });
    const both = await readWithKey(federation.gatewayUrl, secret, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(both.status).toBe(400);
    expect(both.body.errors?.[0]?.message).toBe('Send either Authorization or X-Api-Key, not both.');
  });

  it('refuses a revoked key within seconds, saying when it was revoked', async () => {
    const { id, secret } = await admin.create({ allowedOrigins: [site] });
    expect((await read(secret, site)).status).toBe(200);
    await admin.revoke(id);
    await expect.poll(async () => (await read(secret, site)).status, { timeout: 5_000, interval: 50 }).toBe(401);
    const refused = await read(secret, site);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: `The API key was revoked on ${new Date().toISOString().slice(0, 10)}.`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an expired key, saying when it expired', async () => {
    const { id, secret } = await admin.create({ allowedOrigins: [site], expiresAt: '2099-01-01T00:00:00Z' });
    expect((await read(secret)).status).toBe(200);
    await federation.db.execute(
      sql`update partners.api_keys set expires_at = '2026-06-30T12:00:00Z' where id = ${id}::uuid`,
    );
    await expect
      .poll(async () => (await read(secret)).body.errors?.[0]?.message, { timeout: 5_000 })
      .toBe('The API key expired on 2026-06-30.');
  });

  it('keeps the previous secret working through a rotation grace period, and stops it at once without one', async () => {
    const { id, secret: first } = await admin.create({ allowedOrigins: [site] });
    const second = await admin.rotate(id, 24);
    expect((await read(first)).status).toBe(200);
    expect((await read(second)).status).toBe(200);
    const third = await admin.rotate(id, 0);
    expect((await read(third)).status).toBe(200);
    await expect.poll(async () => (await read(second)).status, { timeout: 5_000 }).toBe(401);
    expect((await read(second)).body.errors?.[0]?.message).toMatch(
      /^This secret of the API key was replaced and stopped working on \d{4}-\d{2}-\d{2}; use the new one\.$/,
    );
    // The first secret's grace period of the earlier rotation is cut short too: only the newest secret works.
    expect((await read(first)).status).toBe(401);
  });

  it('records the last use in batches rather than a write per request', async () => {
    const { id, secret } = await admin.create({ allowedOrigins: [site] });
    expect(await admin.lastUsedAt(id)).toBeNull();
    const before = federation.statements.partners?.count ?? 0;
    const started = new Date();
    await Promise.all(Array.from({ length: 40 }, () => read(secret, site)));
    await expect.poll(() => admin.lastUsedAt(id), { timeout: 5_000 }).not.toBeNull();
    expect(new Date((await admin.lastUsedAt(id)) ?? 0).getTime()).toBeGreaterThanOrEqual(started.getTime() - 1_000);
    // 40 requests: one key lookup (then the cache), a few batched writes and the reads of this test, not 40 writes.
    expect((federation.statements.partners?.count ?? 0) - before).toBeLessThan(15);
  });
});
