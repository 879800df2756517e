import type { Db } from '@mitmach/db';
import { groupLoader } from '@mitmach/server-kit';
import DataLoader from 'dataloader';
import {
  entityCountersByIds,
  type RegionCounterRow,
  regionCountersByIds,
} from './modules/figures/entity-counters.repository';
import type { Month } from './read-model/months';

export interface RegionPeriodKey {
  regionId: string;
  firstMonth: Month;
  lastMonth: Month;
}

const periodOf = (key: RegionPeriodKey) => `${key.firstMonth}|${key.lastMonth}`;

/** Per-request loaders: figures of any number of regions, conferences or actions cost one statement per request. */
export function createLoaders(db: Db) {
  return {
    // Regions asked for the same period (the usual case: one list, one period) share one statement.
    regionCounters: new DataLoader<RegionPeriodKey, RegionCounterRow[], string>(
      async (keys) => {
        const periods = new Map<string, RegionPeriodKey[]>();
        for (const key of keys) periods.set(periodOf(key), [...(periods.get(periodOf(key)) ?? []), key]);
        const rowsByKey = new Map<string, RegionCounterRow[]>();
        await Promise.all(
          [...periods.entries()].map(async ([period, group]) => {
            const [first] = group;
            if (!first) return;
            const rows = await regionCountersByIds(
              db,
              group.map((key) => key.regionId),
              first.firstMonth,
              first.lastMonth,
            );
            for (const key of group) rowsByKey.set(`${key.regionId}|${period}`, []);
            for (const row of rows) rowsByKey.get(`${row.regionId}|${period}`)?.push(row);
          }),
        );
        return keys.map((key) => rowsByKey.get(`${key.regionId}|${periodOf(key)}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.regionId}|${periodOf(key)}` },
    ),
    entityCounters: groupLoader(
      (ids: readonly string[]) => entityCountersByIds(db, ids),
      (row) => row.entityId,
    ),
  };
}

export type StatisticsLoaders = ReturnType<typeof createLoaders>;
