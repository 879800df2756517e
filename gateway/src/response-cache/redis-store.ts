import type { Redis } from 'ioredis';
import type { CachedResponse, ResponseCacheStore } from './store';

/**
 * The distributed mode's store, shared by every gateway replica: an answer dropped here is dropped for all of them.
 * Each tag is a set of the keys that carry it, kept as long as its longest-lived answer.
 */
export function createRedisStore(redis: Redis, prefix: string): ResponseCacheStore {
  const entryKey = (key: string) => `${prefix}response:${key}`;
  const tagKey = (tag: string) => `${prefix}response-tag:${tag}`;
  return {
    async get(key) {
      const text = await redis.get(entryKey(key));
      return text ? (JSON.parse(text) as CachedResponse) : undefined;
    },
    async set(key, response, tags) {
      const ttlMs = response.maxAgeSeconds * 1000;
      const batch = redis.multi().set(entryKey(key), JSON.stringify(response), 'PX', ttlMs);
      for (const tag of tags) {
        batch.sadd(tagKey(tag), entryKey(key)).pexpire(tagKey(tag), ttlMs, 'GT').pexpire(tagKey(tag), ttlMs, 'NX');
      }
      await batch.exec();
    },
    async invalidate(tags) {
      if (tags.length === 0) return 0;
      const members = await redis.sunion(...tags.map(tagKey));
      if (members.length === 0) return 0;
      await redis.del(...members, ...tags.map(tagKey));
      return members.length;
    },
  };
}
