import type { Db } from '@mitmach/db';
import { type AnyColumn, sql } from 'drizzle-orm';
import { type CounterSpan, counters, entityCounters, regionCounters } from '../db/schema';
import type { MetricName } from './metrics';
import type { Month } from './months';

export type CounterDelta =
  | {
      scope: 'network';
      metric: MetricName;
      month: Month;
      country: string;
      dimension: string;
      fields: readonly string[];
      value: number;
    }
  | { scope: 'region'; regionId: string; metric: MetricName; month: Month; dimension: string; value: number }
  | { scope: 'entity'; entityId: string; metric: MetricName; dimension: string; value: number };

/** What one entity adds to the counters now. */
export type Contribution = CounterDelta[];

/** Fields of action as counters keep them: each once, sorted, so that the same set is always the same key. */
export function fieldSet(fields: readonly string[]): string[] {
  return [...new Set(fields)].sort();
}

export function negate(contribution: readonly CounterDelta[]): Contribution {
  return contribution.map((delta) => ({ ...delta, value: -delta.value }));
}

// Contributions read back from jsonb have their keys reordered, so they are compared counter by counter.
export function sameContribution(left: readonly CounterDelta[], right: readonly CounterDelta[]): boolean {
  return mergeDeltas([...left, ...negate(right)]).length === 0;
}

function keyOf(delta: CounterDelta): string {
  switch (delta.scope) {
    case 'network':
      return JSON.stringify([delta.scope, delta.metric, delta.month, delta.country, delta.dimension, delta.fields]);
    case 'region':
      return JSON.stringify([delta.scope, delta.regionId, delta.metric, delta.month, delta.dimension]);
    case 'entity':
      return JSON.stringify([delta.scope, delta.entityId, delta.metric, delta.dimension]);
  }
}

/** Sums deltas that hit the same counter, dropping those that cancel out. */
export function mergeDeltas(deltas: readonly CounterDelta[]): CounterDelta[] {
  const merged = new Map<string, CounterDelta>();
  for (const delta of deltas) {
    const key = keyOf(delta);
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, value: existing.value + delta.value } : delta);
  }
  return [...merged.values()].filter((delta) => delta.value !== 0);
}

const addExcluded = (column: AnyColumn) => sql`${column} + excluded.value`;

// Postgres takes at most 65,535 parameters per statement; a counter row has up to seven.
const rowsPerStatement = 5_000;

function chunks<Row>(rows: readonly Row[]): Row[][] {
  return Array.from({ length: Math.ceil(rows.length / rowsPerStatement) }, (_, index) =>
    rows.slice(index * rowsPerStatement, (index + 1) * rowsPerStatement),
  );
}

/** Each month's count, and the same count again in its year's row. */
function withYears<Row extends { month: Month; value: number }>(rows: readonly Row[], keyOf: (row: Row) => string) {
  const summed = new Map<string, Row & { span: CounterSpan }>();
  for (const row of rows) {
    for (const spanned of [
      { ...row, span: 'month' as const },
      { ...row, span: 'year' as const, month: `${row.month.slice(0, 4)}-01-01` },
    ]) {
      const key = `${spanned.span}|${spanned.month}|${keyOf(row)}`;
      const existing = summed.get(key);
      summed.set(key, existing ? { ...existing, value: existing.value + spanned.value } : spanned);
    }
  }
  return [...summed.values()].filter((row) => row.value !== 0);
}

/** Adds deltas to the counters: one upsert per counter table (per 5,000 distinct counters). */
export async function applyDeltas(tx: Db, deltas: readonly CounterDelta[]): Promise<void> {
  const merged = mergeDeltas(deltas);
  const network = withYears(
    merged.flatMap((delta) => (delta.scope === 'network' ? [delta] : [])),
    (delta) => JSON.stringify([delta.metric, delta.country, delta.dimension, delta.fields]),
  );
  const region = withYears(
    merged.flatMap((delta) => (delta.scope === 'region' ? [delta] : [])),
    (delta) => JSON.stringify([delta.regionId, delta.metric, delta.dimension]),
  );
  const entity = merged.flatMap((delta) => (delta.scope === 'entity' ? [delta] : []));
  for (const batch of chunks(network)) {
    await tx
      .insert(counters)
      .values(
        batch.map(({ metric, span, month, country, dimension, fields, value }) => ({
          metric,
          span,
          month,
          country,
          dimension,
          fields: [...fields],
          value,
        })),
      )
      .onConflictDoUpdate({
        target: [counters.metric, counters.span, counters.month, counters.country, counters.dimension, counters.fields],
        set: { value: addExcluded(counters.value) },
      });
  }
  for (const batch of chunks(region)) {
    await tx
      .insert(regionCounters)
      .values(
        batch.map(({ regionId, metric, span, month, dimension, value }) => ({
          regionId,
          metric,
          span,
          month,
          dimension,
          value,
        })),
      )
      .onConflictDoUpdate({
        target: [
          regionCounters.regionId,
          regionCounters.span,
          regionCounters.month,
          regionCounters.metric,
          regionCounters.dimension,
        ],
        set: { value: addExcluded(regionCounters.value) },
      });
  }
  for (const batch of chunks(entity)) {
    await tx
      .insert(entityCounters)
      .values(batch.map(({ entityId, metric, dimension, value }) => ({ entityId, metric, dimension, value })))
      .onConflictDoUpdate({
        target: [entityCounters.entityId, entityCounters.metric, entityCounters.dimension],
        set: { value: addExcluded(entityCounters.value) },
      });
  }
}
