import type { Db } from '@mitmach/db';
import { badUserInput } from '@mitmach/server-kit';
import type { StatisticsInterval, StatisticsMetric } from '../../generated/graphql';
import { type MetricName, metric } from '../../read-model/metrics';
import { addMonths, type Month, monthRange, monthsBetween } from '../../read-model/months';
import { type MonthlyRow, monthly } from '../figures/counter-queries';
import { maxMonths, readScope, type ScopeInput } from '../figures/scope';

interface SeriesSource {
  metric: MetricName;
  /** Only rows of this dimension value count. */
  dimension?: string;
  /** A level (carried forward from the beginning) rather than a flow summed per period. */
  level?: (row: MonthlyRow) => boolean;
}

// Regions in the network: every status from accepted on, ended ones excluded.
const memberStatus = (row: MonthlyRow) => row.dimension !== 'applied' && row.dimension !== 'ended';

const sources: Record<StatisticsMetric, SeriesSource> = {
  regions: { metric: metric.regionStatus, level: memberStatus },
  regions_joined: { metric: metric.regionsJoined },
  conferences_held: { metric: metric.conferencesHeld },
  participants: { metric: metric.participants },
  outcomes: { metric: metric.outcomes },
  actions_published: { metric: metric.actionsPublished },
  adoptions_started: { metric: metric.adoptionsStarted },
  adoptions_implemented: { metric: metric.adoptionsImplemented },
  enrollments: { metric: metric.enrollments },
  completions: { metric: metric.completions },
  funding_deposited_cents: { metric: metric.funding, dimension: 'deposit' },
  funding_matched_cents: { metric: metric.funding, dimension: 'matching' },
  funding_granted_cents: { metric: metric.funding, dimension: 'grant' },
};

const monthsPer: Record<StatisticsInterval, number> = { month: 1, quarter: 3, year: 12 };

/** The first month of the period of the given length that contains `month`. */
export function periodStartOf(month: Month, interval: StatisticsInterval): Month {
  const length = monthsPer[interval];
  const index = Number(month.slice(5, 7)) - 1;
  return addMonths(month, -(index % length));
}

/** The periods from the one containing `first` to the one containing `last`, each with its months. */
export function periodsBetween(first: Month, last: Month, interval: StatisticsInterval) {
  const start = periodStartOf(first, interval);
  const end = periodStartOf(last, interval);
  const length = monthsPer[interval];
  const count = monthsBetween(start, end) / length + 1;
  return Array.from({ length: count }, (_, index) => {
    const periodStart = addMonths(start, index * length);
    return { periodStart, lastMonth: addMonths(periodStart, length - 1) };
  });
}

export async function statisticsSeries(
  db: Db,
  args: {
    metric: StatisticsMetric;
    interval: StatisticsInterval;
    from: string;
    to: string;
    filter?: ScopeInput | null;
  },
) {
  const scope = readScope({ ...args.filter, from: args.from, to: args.to });
  const periods = periodsBetween(scope.firstMonth, scope.lastMonth, args.interval);
  const widened = { ...scope, firstMonth: periods[0]?.periodStart ?? scope.firstMonth };
  widened.lastMonth = periods.at(-1)?.lastMonth ?? scope.lastMonth;
  if (monthsBetween(widened.firstMonth, widened.lastMonth) >= maxMonths) {
    throw badUserInput(`A series may span at most ${maxMonths} months.`, 'to');
  }
  const source = sources[args.metric];
  const rows = (await monthly(db, widened, [source.metric], { fromStart: Boolean(source.level) })).filter(
    (row) => (source.dimension === undefined || row.dimension === source.dimension) && (source.level?.(row) ?? true),
  );
  const byMonth = new Map<Month, number>();
  for (const row of rows) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.value);
  const points = source.level
    ? levelPoints(byMonth, periods)
    : periods.map(({ periodStart, lastMonth }) => ({
        periodStart,
        value: monthRange(periodStart, lastMonth).reduce((sum, month) => sum + (byMonth.get(month) ?? 0), 0),
      }));
  return { metric: args.metric, interval: args.interval, points };
}

/** A level at the end of each period: everything up to the period's last month, carried forward. */
function levelPoints(
  byMonth: ReadonlyMap<Month, number>,
  periods: readonly { periodStart: Month; lastMonth: Month }[],
) {
  const months = [...byMonth.keys()].sort();
  let level = 0;
  let next = 0;
  return periods.map(({ periodStart, lastMonth }) => {
    while (next < months.length && (months[next] as Month) <= lastMonth) {
      level += byMonth.get(months[next] as Month) ?? 0;
      next += 1;
    }
    return { periodStart, value: level };
  });
}
