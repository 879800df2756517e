import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { type KeyResolution, type PartnersClient, PartnersUnavailableError } from './partners-client';

/**
 * Resolutions of secrets, kept briefly: a partner's busy site costs the partners service one lookup every few
 * seconds, and a revocation takes effect within that time. When the partners service cannot be reached, the last
 * answer serves on (a key keeps working through a short outage); without one the request cannot be checked.
 */
export function createKeyCache(client: PartnersClient, ttlMs: number) {
  const cache = new LRUCache<string, KeyResolution>({ max: 10_000, ttl: ttlMs, allowStale: false });
  const pending = new Map<string, Promise<KeyResolution>>();
  return {
    async resolve(secret: string): Promise<KeyResolution> {
      // Hashed, so that no secret sits in memory as a map key.
      const id = createHash('sha256').update(secret).digest('hex');
      const cached = cache.get(id);
      if (cached) return cached;
      const running = pending.get(id);
      if (running) return running;
      const lookup = client
        .resolve(secret)
        .then((resolution) => {
          cache.set(id, resolution);
          return resolution;
        })
        .catch((error: unknown) => {
          const stale = cache.get(id, { allowStale: true });
          if (stale && error instanceof PartnersUnavailableError) return stale;
          throw error;
        })
        .finally(() => pending.delete(id));
      pending.set(id, lookup);
      return lookup;
    },
  };
}

export type KeyCache = ReturnType<typeof createKeyCache>;
