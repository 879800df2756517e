import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { MemoryStore } from './memory-store';
import type { ResponseCacheStore, TaggedResponseCacheStore } from './store';

export interface NearCacheOptions {
  /** The store every replica shares (Redis). */
  shared: TaggedResponseCacheStore;
  /** This replica's copies. */
  near: MemoryStore;
  /** A connection for publishing what was dropped. */
  publisher: Redis;
  /** A connection of its own for hearing what was dropped: a subscribed connection serves nothing else. */
  subscriber: Redis;
  channel: string;
  logger: Logger;
}

export interface NearCachedStore extends ResponseCacheStore {
  close(): Promise<void>;
}

/**
 * The shared store with the answers this replica served lately copied into its memory, so that a hit costs no round
 * trip to Redis and no parsing of what it holds. Whatever any replica drops is published on a channel every replica
 * listens to, and each drops the same from its copies. Copies are served only while the channel is heard: a replica
 * that lost it forgets them all, since it may have missed a drop meanwhile.
 */
export function createNearCachedStore(options: NearCacheOptions): NearCachedStore {
  const { shared, near, publisher, subscriber, channel, logger } = options;
  let listening = false;
  // Counts the drops heard, so that an answer read from the shared store while a drop came in is not copied.
  let drops = 0;
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    drops += 1;
    try {
      near.invalidate(JSON.parse(message) as string[]);
    } catch (error) {
      logger.warn({ err: error }, 'a dropped answer could not be dropped from this replica; forgetting them all');
      near.clear();
    }
  });
  subscriber.on('close', () => {
    listening = false;
    drops += 1;
  });
  subscriber.on('ready', () => {
    near.clear();
    listening = true;
  });
  subscriber.subscribe(channel).catch((error: unknown) => {
    logger.warn({ err: error }, 'the channel of dropped answers cannot be heard; every hit goes to Redis');
  });

  return {
    async get(key) {
      if (!listening) return shared.get(key);
      const copy = await near.get(key);
      if (copy) return copy;
      const dropsBefore = drops;
      const found = await shared.getTagged(key);
      if (!found) return undefined;
      if (listening && drops === dropsBefore) await near.set(key, found.response, found.tags);
      return found.response;
    },
    async set(key, response, tags) {
      await shared.set(key, response, tags);
      if (listening) await near.set(key, response, tags);
    },
    async invalidate(tags) {
      if (tags.length === 0) return 0;
      await near.invalidate(tags);
      const dropped = await shared.invalidate(tags);
      await publisher.publish(channel, JSON.stringify(tags));
      return dropped;
    },
    async close() {
      await subscriber.quit();
    },
  };
}
