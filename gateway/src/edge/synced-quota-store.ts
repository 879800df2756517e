import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Redis, Result } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

export interface SyncedQuotaOptions {
  redis: Redis;
  /** Prefix of the counters in Redis. */
  nameSpace: string;
  /** How often the counts of this replica are added to the shared ones. */
  syncIntervalMs: number;
  /** Quotas at least this large are counted in memory between syncs; smaller ones are counted in Redis each time. */
  localFromQuota: number;
  /** The share of a quota up to which it is counted in memory; past it every request is counted in Redis. */
  localUpToShare: number;
  logger: Logger;
}

interface Count {
  /** The shared count as Redis last reported it, this replica's part included. */
  shared: number;
  /** Requests this replica counted that Redis has not heard of yet. */
  pending: number;
  /** Requests on their way to Redis in the sync under way. */
  sending: number;
  windowEndsAt: number;
  /** When Redis last reported the shared count. */
  syncedAt: number;
}

// Adds a replica's requests to a window's count, starting the window on its first request, as the counting of
// @fastify/rate-limit's Redis store does.
const addScript = `
local current = redis.call('INCRBY', KEYS[1], ARGV[1])
if current == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {current, redis.call('PTTL', KEYS[1])}
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    addToQuota(key: string, count: number, windowMs: number): Result<[number, number], Context>;
  }
  interface ChainableCommander {
    addToQuota(key: string, count: number, windowMs: number): ChainableCommander;
  }
}

/**
 * Quota counters shared by every gateway replica in Redis, without a round trip per request for large quotas: a key
 * whose quota is at least `localFromQuota` is counted in this replica's memory while its count stays below
 * `localUpToShare` of the quota, and its requests are added to the shared count every `syncIntervalMs` in one pipeline
 * for all keys, which brings back what the other replicas added. A count is trusted only while its last sync is at
 * most three intervals old (its first request after a pause is counted in Redis), so a replica hears of the others'
 * requests a few intervals late at most. The tolerance: a large quota may be overrun by what the other replicas admit
 * within those few intervals while its count crosses into its last share; from there on, and for small quotas always,
 * every request is counted in Redis as it comes, and the counts are exact. While Redis cannot be reached, requests
 * counted in memory are kept for the next sync, and those that need Redis fail, so that the quota check is skipped as
 * before.
 */
export function createSyncedQuotaStore(options: SyncedQuotaOptions) {
  const { redis, nameSpace, logger } = options;
  if (!redis.addToQuota) redis.defineCommand('addToQuota', { numberOfKeys: 1, lua: addScript });
  const counts = new LRUCache<string, Count>({ max: 100_000 });
  const waiting = new Map<string, { count: Count; windowMs: number }>();
  let timer: NodeJS.Timeout | null = null;
  let failing = false;
  // A count that has not been synced for a while (its replica was idle) is brought up to date before it is trusted.
  const staleAfterMs = options.syncIntervalMs * 3;

  const settle = (count: Count, added: number, current: number, ttl: number, now: number) => {
    count.sending -= added;
    count.shared = current;
    count.syncedAt = now;
    if (ttl > 0) count.windowEndsAt = now + ttl;
  };

  const sync = async () => {
    timer = null;
    const batch = [...waiting].filter(([, { count }]) => count.pending > 0);
    waiting.clear();
    const pipeline = redis.pipeline();
    const added = batch.map(([key, { count, windowMs }]) => {
      const adding = count.pending;
      count.pending = 0;
      count.sending += adding;
      pipeline.addToQuota(nameSpace + key, adding, windowMs);
      return adding;
    });
    const keepForNextSync = (index: number) => {
      const [key, entry] = batch[index] as [string, { count: Count; windowMs: number }];
      entry.count.sending -= added[index] ?? 0;
      entry.count.pending += added[index] ?? 0;
      waiting.set(key, entry);
    };
    try {
      const results = (await pipeline.exec()) ?? [];
      const now = Date.now();
      batch.forEach(([, { count }], index) => {
        const [error, reply] = results[index] ?? [new Error('no reply'), null];
        if (error || !reply) {
          keepForNextSync(index);
          return;
        }
        const [current, ttl] = reply as [number, number];
        settle(count, added[index] ?? 0, current, ttl, now);
      });
      if (failing) logger.info('the quota counts reach Redis again');
      failing = false;
    } catch (error) {
      for (let index = 0; index < batch.length; index += 1) keepForNextSync(index);
      if (!failing) logger.warn({ err: error }, 'the quota counts cannot reach Redis; counting in memory meanwhile');
      failing = true;
    }
    if (waiting.size > 0) schedule();
  };

  function schedule() {
    if (timer) return;
    timer = setTimeout(() => void sync(), options.syncIntervalMs);
    timer.unref();
  }

  function countInRedis(key: string, count: Count, windowMs: number, callback: Callback) {
    const added = count.pending + 1;
    count.pending = 0;
    count.sending += added;
    waiting.delete(key);
    redis.addToQuota(nameSpace + key, added, windowMs).then(
      ([current, ttl]) => {
        settle(count, added, current, ttl, Date.now());
        callback(null, { current: count.shared + count.pending + count.sending, ttl: Math.max(0, ttl) });
      },
      (error: Error) => {
        count.sending -= added;
        count.pending += added;
        callback(error);
      },
    );
  }

  class SyncedQuotaStore implements FastifyRateLimitStore {
    incr(key: string, callback: Callback, windowMs: number, max: number) {
      const now = Date.now();
      let count = counts.get(key);
      if (!count || count.windowEndsAt <= now) {
        count = { shared: 0, pending: 0, sending: 0, windowEndsAt: now + windowMs, syncedAt: 0 };
        counts.set(key, count);
        countInRedis(key, count, windowMs, callback);
        return;
      }
      const current = count.shared + count.pending + count.sending + 1;
      const stale = now - count.syncedAt > staleAfterMs;
      if (stale || max < options.localFromQuota || current > max * options.localUpToShare) {
        countInRedis(key, count, windowMs, callback);
        return;
      }
      count.pending += 1;
      waiting.set(key, { count, windowMs });
      schedule();
      callback(null, { current, ttl: count.windowEndsAt - now });
    }

    // The quotas are one per caller whatever the route, so a route's own settings count in the same counters.
    child() {
      return this;
    }
  }
  return SyncedQuotaStore;
}
