import { randomFor } from './random';
import type { SeedRegion } from './regions';

export type ConferenceFormat = 'mitmach_konferenz' | 'mitmach_werkstatt' | 'success_workshop';
export type AttendanceMode = 'in_person' | 'hybrid' | 'online';

/** How a conference that took place filled up. */
export interface Turnout {
  capacity: number;
  /** Everyone who registered: those with a place, those who cancelled and those left waiting. */
  registered: number;
  cancelled: number;
  /** Of those with a place, how many did not come. */
  noShows: number;
}

// A first Mitmach-Konferenz draws a crowd by the size of the place: a city fills a hall, a small town a community hall.
const firstConferenceRange: Record<SeedRegion['kind'], [number, number]> = {
  city: [90, 195],
  region: [70, 150],
  district: [60, 130],
  city_quarter: [60, 110],
  municipality: [40, 80],
};

// The pioneers held their first conferences when hardly anyone knew the initiative; word spread year by year.
const renown: Record<string, number> = { '2017': 0.5, '2018': 0.6, '2019': 0.7, '2020': 0.7, '2021': 0.85 };

const noShowRate: Record<AttendanceMode, [number, number]> = {
  in_person: [0.04, 0.11],
  hybrid: [0.08, 0.15],
  online: [0.15, 0.25],
};

const roundUp = (value: number, step: number) => Math.ceil(value / step) * step;
const roundDown = (value: number, step: number) => Math.floor(value / step) * step;

/**
 * The turnout of a conference that took place: between 30 and 200 registrations, never more people with a place than
 * the capacity. Some were full and kept a waitlist to the end; most had room to spare.
 */
export function heldTurnout(
  key: string,
  region: SeedRegion,
  format: ConferenceFormat,
  date: string,
  mode: AttendanceMode,
): Turnout {
  const random = randomFor(`turnout:${key}`);
  const [min, max] =
    format === 'mitmach_konferenz'
      ? firstConferenceRange[region.kind]
      : format === 'mitmach_werkstatt'
        ? [30, region.kind === 'city' ? 75 : 60]
        : [30, 55];
  const wanted = Math.max(30, Math.round(random.int(min, max) * (renown[date.slice(0, 4)] ?? 1)));
  const cancelled = Math.round(wanted * (0.02 + random.next() * 0.07));
  const full = random.chance(format === 'mitmach_konferenz' ? 0.3 : 0.15);
  const [lowest, highest] = noShowRate[mode];
  const noShowsOf = (confirmed: number) => Math.round(confirmed * (lowest + random.next() * (highest - lowest)));
  if (full) {
    const waiting = random.int(2, 9);
    const capacity = Math.max(30, roundDown(wanted - cancelled - waiting, 10));
    return { capacity, registered: capacity + cancelled + waiting, cancelled, noShows: noShowsOf(capacity) };
  }
  const confirmed = wanted - cancelled;
  const capacity = roundUp(confirmed / (0.72 + random.next() * 0.25), 10);
  return { capacity, registered: wanted, cancelled, noShows: noShowsOf(confirmed) };
}
