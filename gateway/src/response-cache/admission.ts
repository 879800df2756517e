import { LRUCache } from 'lru-cache';

export interface AdmissionOptions {
  /** How long a first sighting is remembered: a key asked again within it is kept. */
  windowMs: number;
  /** How many first sightings are remembered at most, the least recent forgotten first. */
  maxKeys: number;
}

export interface Admission {
  /** Records a miss under the key; whether the key was missed before, within the window. */
  sighted(key: string): boolean;
  /**
   * Whether an answer missed under a key of this group (one document) is worth keeping: always when its key was missed
   * before, and at its first miss too once the group's keys are seen to come back.
   */
  admit(group: string, repeated: boolean): boolean;
}

/** Share of a group's misses that must be repeats before first sightings are kept too. */
const repeatingShare = 0.1;
/** Misses of a group counted before its share is trusted. */
const minimumMisses = 20;
/** The counts are halved at this many misses, so the share follows what the group is asked now. */
const countedMisses = 256;

interface GroupCounts {
  misses: number;
  repeats: number;
}

/**
 * Keeps an answer from its key's second miss within the window, or from its first when its document's keys are seen
 * to come back (at least one miss in ten is a repeat). A load of questions that are never asked twice then costs no
 * store write, no tagging and no Redis round trip, while a document asked with a few recurring variables is kept from
 * the first asking once that shows. Each replica remembers its own sightings, so behind a balancer a key is kept at
 * the latest once every replica has seen it.
 */
export function createAdmission(options: AdmissionOptions): Admission {
  const sightings = new LRUCache<string, true>({ max: options.maxKeys, ttl: options.windowMs, ttlAutopurge: false });
  const groups = new LRUCache<string, GroupCounts>({ max: 10_000 });
  return {
    sighted(key) {
      if (sightings.has(key)) {
        sightings.delete(key);
        return true;
      }
      sightings.set(key, true);
      return false;
    },
    admit(group, repeated) {
      let counts = groups.get(group);
      if (!counts) {
        counts = { misses: 0, repeats: 0 };
        groups.set(group, counts);
      }
      counts.misses += 1;
      if (repeated) counts.repeats += 1;
      if (counts.misses >= countedMisses) {
        counts.misses /= 2;
        counts.repeats /= 2;
      }
      return repeated || (counts.misses >= minimumMisses && counts.repeats / counts.misses >= repeatingShare);
    },
  };
}
