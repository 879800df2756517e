import { type Db, selectRows } from '@mitmach/db';
import { isUuid } from '@mitmach/server-kit';
import { inArray, sql } from 'drizzle-orm';
import { entityCounters, regionCounters } from '../../db/schema';
import type { MetricName } from '../../read-model/metrics';
import type { Month } from '../../read-model/months';
import { periodCondition } from './counter-queries';

export interface EntityCounterRow {
  entityId: string;
  metric: MetricName;
  dimension: string;
  value: number;
}

/** The whole-life counters of many conferences or actions, in one statement. */
export async function entityCountersByIds(db: Db, ids: readonly string[]): Promise<EntityCounterRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db
    .select({
      entityId: entityCounters.entityId,
      metric: entityCounters.metric,
      dimension: entityCounters.dimension,
      value: entityCounters.value,
    })
    .from(entityCounters)
    .where(inArray(entityCounters.entityId, valid));
  return rows.map((row) => ({ ...row, metric: row.metric as MetricName }));
}

export interface RegionCounterRow {
  regionId: string;
  metric: MetricName;
  dimension: string;
  value: number;
}

/** Many regions' counters summed over a period, in one statement. */
export async function regionCountersByIds(
  db: Db,
  regionIds: readonly string[],
  firstMonth: Month,
  lastMonth: Month,
): Promise<RegionCounterRow[]> {
  const valid = regionIds.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await selectRows<{ region_id: string; metric: MetricName; dimension: string; value: string }>(
    db,
    sql`select ${regionCounters.regionId} as region_id, ${regionCounters.metric} as metric,
               ${regionCounters.dimension} as dimension, sum(${regionCounters.value})::text as value
        from ${regionCounters}
        where ${inArray(regionCounters.regionId, valid)} and ${periodCondition(regionCounters, firstMonth, lastMonth)}
        group by 1, 2, 3`,
  );
  return rows.map((row) => ({
    regionId: row.region_id,
    metric: row.metric,
    dimension: row.dimension,
    value: Number(row.value),
  }));
}

/** Sums counter rows of one metric, optionally of one dimension value. */
export function sumRows(
  rows: readonly { metric: MetricName; dimension: string; value: number }[],
  name: MetricName,
  dimension?: string,
): number {
  return rows.reduce(
    (sum, row) =>
      row.metric === name && (dimension === undefined || row.dimension === dimension) ? sum + row.value : sum,
    0,
  );
}

/** The counts per dimension value of one metric. */
export function countsByDimension(
  rows: readonly { metric: MetricName; dimension: string; value: number }[],
  name: MetricName,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.metric === name) counts.set(row.dimension, (counts.get(row.dimension) ?? 0) + row.value);
  }
  return counts;
}
