/** FNV-1a over the key's UTF-16 code units: a stable 32-bit seed for any string. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A small generator (mulberry32) seeded by a stable key such as a region slug or a conference key: every seed draws
 * the same figures, and a figure of one region does not move when another region is added.
 */
export function randomFor(key: string) {
  let state = hashOf(key);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    /** An integer in [min, max]. */
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(values: readonly T[]): T => {
      if (values.length === 0) throw new Error(`nothing to pick from for ${key}`);
      return values[Math.floor(next() * values.length)] as T;
    },
    weighted: <T extends string>(weights: Readonly<Record<T, number>>): T => {
      const entries = Object.entries(weights) as [T, number][];
      let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (entries.at(-1) as [T, number])[0];
    },
    /** A copy in an order of its own (Fisher–Yates). */
    shuffled: <T>(values: readonly T[]): T[] => {
      const copy = [...values];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = int(0, index);
        [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
      }
      return copy;
    },
    /** A string of random digits, the first one never 0. */
    digits: (count: number) =>
      Array.from({ length: count }, (_, index) => String(index === 0 ? int(1, 9) : int(0, 9))).join(''),
  };
}

export type Random = ReturnType<typeof randomFor>;
