import type { Redis } from 'ioredis';
import type { CachedResponse, TaggedResponseCacheStore } from './store';

/**
 * The distributed mode's store, shared by every gateway replica: an answer dropped here is dropped for all of them.
 * Each tag is a set of the keys that carry it, kept as long as its longest-lived answer.
 */
export function createRedisStore(redis: Redis, prefix: string): TaggedResponseCacheStore {
  const entryKey = (key: string) => `${prefix}response:${key}`;
  const tagKey = (tag: string) => `${prefix}response-tag:${tag}`;
  const getTagged = async (key: string) => {
    const text = await redis.get(entryKey(key));
    return text ? (JSON.parse(text) as { response: CachedResponse; tags: readonly string[] }) : undefined;
  };
  return {
    getTagged,
    async get(key) {
      return (await getTagged(key))?.response;
    },
    async set(key, response, tags) {
      const ttlMs = response.maxAgeSeconds * 1000;
      const batch = redis.multi().set(entryKey(key), JSON.stringify({ response, tags }), 'PX', ttlMs);
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
