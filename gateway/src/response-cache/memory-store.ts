import { LRUCache } from 'lru-cache';
import { type CachedResponse, type ResponseCacheStore, remainingMs } from './store';

interface Entry {
  response: CachedResponse;
  tags: readonly string[];
}

export interface MemoryStore extends ResponseCacheStore {
  /** Forgets every answer. */
  clear(): void;
}

/** The embedded mode's store: bounded by entries and bytes, least recently used first out, expired by maxAge. */
export function createMemoryStore(options: { maxEntries: number; maxBytes: number }): MemoryStore {
  const byTag = new Map<string, Set<string>>();
  const entries = new LRUCache<string, Entry>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.response.body.length * 2 + 200,
    dispose: (entry, key) => {
      for (const tag of entry.tags) {
        const keys = byTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) byTag.delete(tag);
      }
    },
  });
  return {
    async get(key) {
      return entries.get(key)?.response;
    },
    async set(key, response, tags) {
      // An answer copied from another store has lived part of its maxAge there already.
      const ttl = remainingMs(response);
      if (ttl <= 0) return;
      entries.set(key, { response, tags }, { ttl });
      if (!entries.has(key)) return;
      for (const tag of tags) {
        let keys = byTag.get(tag);
        if (!keys) {
          keys = new Set();
          byTag.set(tag, keys);
        }
        keys.add(key);
      }
    },
    async invalidate(tags) {
      const keys = new Set(tags.flatMap((tag) => [...(byTag.get(tag) ?? [])]));
      for (const key of keys) entries.delete(key);
      return keys.size;
    },
    clear() {
      entries.clear();
    },
  };
}
