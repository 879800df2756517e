import { type Caller, hasRole } from '@mitmach/auth';
import { sectors } from '@mitmach/events';

/** Counts of people below this are hidden from everyone but staff and reporting. */
export const suppressionThreshold = 5;

export type Sector = (typeof sectors)[number];

export interface SuppressibleCount {
  value: number | null;
  fewerThan: number | null;
}

export interface SectorCount {
  sector: Sector;
  count: SuppressibleCount;
  share: number | null;
}

export interface ParticipantsModel {
  total: number;
  bySector: SectorCount[];
  diversityIndex: number | null;
}

/** Staff and reporting see every aggregate exactly; everyone else sees small counts of people hidden. */
export function seesSmallCounts(caller: Caller): boolean {
  return hasRole(caller, 'staff', 'reporting');
}

/**
 * Normalised Shannon evenness over the seven sectors: −Σ pᵢ·ln pᵢ / ln 7. 0 when everyone comes from one sector,
 * 1 when the seven are equally present; null without anyone.
 */
export function diversityIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const entropy = counts.reduce((sum, count) => (count > 0 ? sum - (count / total) * Math.log(count / total) : sum), 0);
  return entropy / Math.log(sectors.length);
}

/**
 * Which sectors of a breakdown to hide: every count under the threshold and, when that hides exactly one count that
 * is not zero, also the next smallest one, since the total would otherwise give the hidden one away.
 */
export function hiddenSectors(counts: ReadonlyMap<Sector, number>): Set<Sector> {
  const hidden = new Set(sectors.filter((sector) => (counts.get(sector) ?? 0) < suppressionThreshold));
  const hiddenPeople = [...hidden].reduce((sum, sector) => sum + (counts.get(sector) ?? 0), 0);
  if (hidden.size === 1 && hiddenPeople > 0) {
    const nextSmallest = sectors
      .filter((sector) => !hidden.has(sector))
      .sort((left, right) => (counts.get(left) ?? 0) - (counts.get(right) ?? 0))[0];
    if (nextSmallest) hidden.add(nextSmallest);
  }
  return hidden;
}

/** A breakdown of people by sector as the caller may see it, with shares and the diversity index. */
export function sectorBreakdown(counts: ReadonlyMap<string, number>, exact: boolean): ParticipantsModel {
  const bySector = new Map(sectors.map((sector) => [sector, counts.get(sector) ?? 0]));
  const total = [...bySector.values()].reduce((sum, count) => sum + count, 0);
  const hidden = exact ? new Set<Sector>() : hiddenSectors(bySector);
  const hiddenPeople = [...hidden].reduce((sum, sector) => sum + (bySector.get(sector) ?? 0), 0);
  return {
    total,
    bySector: sectors.map((sector) => {
      const count = bySector.get(sector) ?? 0;
      const isHidden = hidden.has(sector);
      return {
        sector,
        count: isHidden ? { value: null, fewerThan: suppressionThreshold } : { value: count, fewerThan: null },
        share: isHidden || total === 0 ? null : count / total,
      };
    }),
    // The index combined with the total and the visible counts could tell the hidden ones apart.
    diversityIndex: hiddenPeople > 0 ? null : diversityIndex([...bySector.values()]),
  };
}
