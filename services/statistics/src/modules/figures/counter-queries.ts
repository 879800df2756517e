import { type Db, selectRows } from '@mitmach/db';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { counters } from '../../db/schema';
import { type MetricName, metricsWithFields } from '../../read-model/metrics';
import { addMonths, type Month } from '../../read-model/months';
import type { Scope } from './scope';

// Every query here sums counter rows of a bounded set of (metric, month, country, dimension, fields) keys, found
// through the primary key's (metric, month) prefix: its cost follows months × countries × dimension values, never
// the number of events behind the counters.

export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** Countries and fields of action of a scope; each applies only to the metrics that have them. */
export function scopeFilter(scope: Pick<Scope, 'countries' | 'fields'>): SQL {
  const conditions: SQL[] = [];
  if (scope.countries) {
    conditions.push(sql`${counters.country} = any(${textArray(scope.countries)})`);
  }
  if (scope.fields) {
    conditions.push(
      sql`(${counters.fields} && ${textArray(scope.fields)} or not ${counters.metric} = any(${textArray(metricsWithFields)}))`,
    );
  }
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

/** Before anything the network counts; levels are summed from here. */
export const beginning: Month = '0001-01-01';

const yearStart = (year: number): Month => `${String(year).padStart(4, '0')}-01-01`;

/**
 * Selects each month from `first` to `last` exactly once: whole years through their year rows, the months before
 * and after them through month rows. A period of years thus reads a twelfth of the rows a month-by-month sum would.
 */
export function periodCondition(columns: { span: AnyColumn; month: AnyColumn }, first: Month, last: Month): SQL {
  const months = (from: Month, to: Month) =>
    sql`(${columns.span} = 'month' and ${columns.month} between ${from} and ${to})`;
  const firstYear = Number(first.slice(0, 4)) + (first.slice(5, 7) === '01' ? 0 : 1);
  const lastYear = Number(last.slice(0, 4)) - (last.slice(5, 7) === '12' ? 0 : 1);
  if (firstYear > lastYear) return months(first, last);
  const parts = [
    sql`(${columns.span} = 'year' and ${columns.month} between ${yearStart(firstYear)} and ${yearStart(lastYear)})`,
  ];
  if (first < yearStart(firstYear)) parts.push(months(first, addMonths(yearStart(firstYear), -1)));
  if (last >= yearStart(lastYear + 1)) parts.push(months(yearStart(lastYear + 1), last));
  return sql`(${sql.join(parts, sql` or `)})`;
}

const inMonths = (first: Month, last: Month) => periodCondition(counters, first, last);

export interface TotalRow {
  metric: MetricName;
  country: string;
  dimension: string;
  value: number;
}

/** Sums of some metrics over the scope's months, per country and dimension value. */
export async function totals(db: Db, scope: Scope, metrics: readonly MetricName[]): Promise<TotalRow[]> {
  const rows = await selectRows<{ metric: MetricName; country: string; dimension: string; value: string }>(
    db,
    sql`select ${counters.metric} as metric, ${counters.country} as country, ${counters.dimension} as dimension,
               sum(${counters.value})::text as value
        from ${counters}
        where ${counters.metric} = any(${textArray(metrics)}) and ${inMonths(scope.firstMonth, scope.lastMonth)}
          and ${scopeFilter(scope)}
        group by 1, 2, 3`,
  );
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

/** Sums of a metric from the beginning up to the scope's last month: levels such as regions per status. */
export async function levels(db: Db, scope: Scope, name: MetricName): Promise<TotalRow[]> {
  const rows = await selectRows<{ metric: MetricName; country: string; dimension: string; value: string }>(
    db,
    sql`select ${counters.metric} as metric, ${counters.country} as country, ${counters.dimension} as dimension,
               sum(${counters.value})::text as value
        from ${counters}
        where ${counters.metric} = ${name} and ${inMonths(beginning, scope.lastMonth)} and ${scopeFilter(scope)}
        group by 1, 2, 3`,
  );
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

export interface MonthlyRow {
  month: Month;
  metric: MetricName;
  dimension: string;
  value: number;
}

/**
 * Sums of some metrics per month and dimension value; from the beginning when `fromStart`, so that levels can be
 * carried forward.
 */
export async function monthly(
  db: Db,
  scope: Scope,
  metrics: readonly MetricName[],
  options: { fromStart?: boolean } = {},
): Promise<MonthlyRow[]> {
  const rows = await selectRows<{ month: string; metric: MetricName; dimension: string; value: string }>(
    db,
    sql`select ${counters.month}::text as month, ${counters.metric} as metric, ${counters.dimension} as dimension,
               sum(${counters.value})::text as value
        from ${counters}
        where ${counters.metric} = any(${textArray(metrics)})
          and ${counters.span} = 'month'
          and ${counters.month} between ${options.fromStart ? beginning : scope.firstMonth} and ${scope.lastMonth}
          and ${scopeFilter(scope)}
        group by 1, 2, 3
        order by 1`,
  );
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

/** Sums a metric's rows, optionally of one dimension value and one country. */
export function sumOf(rows: readonly TotalRow[], name: MetricName, dimension?: string, country?: string): number {
  return rows.reduce(
    (sum, row) =>
      row.metric === name &&
      (dimension === undefined || row.dimension === dimension) &&
      (country === undefined || row.country === country)
        ? sum + row.value
        : sum,
    0,
  );
}
