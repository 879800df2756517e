import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { createNearCachedStore, type NearCachedStore } from './near-cache-store';
import { createRedisStore } from './redis-store';
import type { CachedResponse } from './store';

// The machine's Redis, as the replicas of the distributed mode share it; each run keeps its keys under a prefix.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `near-cache-test-${randomUUID()}:`;
const connections: Redis[] = [];
const stores: NearCachedStore[] = [];

function replica(): NearCachedStore {
  const publisher = new Redis(redisUrl);
  connections.push(publisher);
  const store = createNearCachedStore({
    shared: createRedisStore(publisher, prefix),
    near: createMemoryStore({ maxEntries: 100, maxBytes: 1_000_000 }),
    publisher,
    subscriber: publisher.duplicate(),
    channel: `${prefix}response-dropped`,
    logger: pino({ level: 'silent' }),
  });
  stores.push(store);
  return store;
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  const keys = await connections[0]?.keys(`${prefix}*`);
  if (keys?.length) await connections[0]?.del(...keys);
  await Promise.all(connections.map((connection) => connection.quit()));
});

const response = (body: string): CachedResponse => ({
  body,
  contentType: 'application/json',
  etag: '"e"',
  storedAt: Date.now(),
  maxAgeSeconds: 60,
});

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

describe('near-cached store', () => {
  it("serves another replica's answer, and drops its copy within a second of a drop anywhere", async () => {
    const [one, other] = [replica(), replica()];
    // Both listen once their subscriber is ready.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await one.set('regions', response('{"data":1}'), ['id:a', 'type:Region']);
    expect((await other.get('regions'))?.body).toBe('{"data":1}');
    // Now a copy in the other replica's memory.
    expect((await other.get('regions'))?.body).toBe('{"data":1}');
    const droppedAt = Date.now();
    expect(await one.invalidate(['id:a'])).toBe(1);
    expect(await eventually(async () => (await other.get('regions')) === undefined, 1_000)).toBe(true);
    expect(Date.now() - droppedAt).toBeLessThan(1_000);
    expect(await one.get('regions')).toBeUndefined();
  });

  it('keeps the copies of answers a drop does not concern', async () => {
    const [one, other] = [replica(), replica()];
    await new Promise((resolve) => setTimeout(resolve, 200));
    await one.set('conferences', response('{"data":2}'), ['type:Conference']);
    await other.get('conferences');
    await one.invalidate(['type:Region']);
    expect((await other.get('conferences'))?.body).toBe('{"data":2}');
  });
});
