import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createSyncedQuotaStore } from './synced-quota-store';

// The machine's Redis, as the replicas of the distributed mode share it; each run counts under its own prefix.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const nameSpace = `synced-quota-test-${randomUUID()}:`;
const connections: Redis[] = [];
const windowMs = 60_000;

/** A gateway replica's store, counting in memory for quotas of 1,000 or more up to 90%, synced every 20 ms. */
function replica() {
  const redis = new Redis(redisUrl);
  connections.push(redis);
  const Store = createSyncedQuotaStore({
    redis,
    nameSpace,
    syncIntervalMs: 20,
    localFromQuota: 1_000,
    localUpToShare: 0.9,
    logger: pino({ level: 'silent' }),
  });
  const store = new Store();
  return (key: string, max: number) =>
    new Promise<number>((resolve, reject) =>
      store.incr(
        key,
        (error, result) => (error || !result ? reject(error ?? new Error('no count')) : resolve(result.current)),
        windowMs,
        max,
      ),
    );
}

afterAll(async () => {
  const keys = await connections[0]?.keys(`${nameSpace}*`);
  if (keys?.length) await connections[0]?.del(...keys);
  await Promise.all(connections.map((connection) => connection.quit()));
});

describe('synced quota store', () => {
  it('counts a small quota in Redis on every request, exact across replicas', async () => {
    const [a, b] = [replica(), replica()];
    const counts = [];
    for (const count of [a, b, a, b, a, b]) counts.push(await count('small', 5));
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('counts a large quota in memory between syncs, and each sync brings in the other replicas’ requests', async () => {
    const [a, b] = [replica(), replica()];
    await Promise.all([a('large', 1_000), b('large', 1_000)]);
    for (let i = 0; i < 300; i += 1) {
      await a('large', 1_000);
      await b('large', 1_000);
    }
    // Six hundred requests counted, and Redis has not heard of most of them yet.
    expect(Number(await connections[0]?.get(`${nameSpace}large`))).toBeLessThan(600);
    await sleep(200);
    expect(Number(await connections[0]?.get(`${nameSpace}large`))).toBe(602);
    expect(await a('large', 1_000)).toBe(603);
  });

  it('counts a large quota in Redis past 90% of it, exact across replicas', async () => {
    const [a, b] = [replica(), replica()];
    for (let i = 0; i < 950; i += 1) await a('nearly-used', 1_000);
    await sleep(100);
    const counts = [];
    for (const count of [b, b, a, b, a]) counts.push(await count('nearly-used', 1_000));
    expect(counts).toEqual([951, 952, 953, 954, 955]);
  });
});
