import { LRUCache } from 'lru-cache';

export interface AdmissionOptions {
  /** How long a first sighting is remembered: a key asked again within it is kept. */
  windowMs: number;
  /** How many first sightings are remembered at most, the least recent forgotten first. */
  maxKeys: number;
}

export interface Admission {
  /** Whether an answer missed under this key is worth keeping: true when the key was missed before, within the window. */
  admit(key: string): boolean;
}

/**
 * Keeps an answer only on its key's second miss within the window. A load of questions that are never asked twice
 * then costs no store write, no tagging and no Redis round trip, while a question asked again is kept from its second
 * asking on. Each replica remembers its own sightings, so behind a balancer a key is kept at the latest once every
 * replica has seen it.
 */
export function createAdmission(options: AdmissionOptions): Admission {
  const sighted = new LRUCache<string, true>({ max: options.maxKeys, ttl: options.windowMs, ttlAutopurge: false });
  return {
    admit(key) {
      if (sighted.has(key)) {
        sighted.delete(key);
        return true;
      }
      sighted.set(key, true);
      return false;
    },
  };
}
