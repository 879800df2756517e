import { SeriesDocument, type StatisticsInterval, type StatisticsMetric } from '../generated/graphql';
import { request } from './api/client';
import { type Filters, periodOf } from './filters';

/** One figure over the chosen period, with the filters' country (or the given ones) and field of action. */
export async function seriesOf(
  token: string | null,
  filters: Filters,
  metric: StatisticsMetric,
  interval: StatisticsInterval,
  countries: string[] | null = filters.country ? [filters.country] : null,
) {
  const period = periodOf(filters);
  const data = await request(
    SeriesDocument,
    {
      metric,
      interval,
      from: period.from,
      to: period.to,
      filter: {
        ...(countries ? { countries } : {}),
        ...(filters.field ? { fieldsOfAction: [filters.field] } : {}),
      },
    },
    token,
  );
  return data.statisticsSeries.points;
}

export const quarterOf = (periodStart: string) =>
  `${periodStart.slice(0, 4)} Q${Math.floor(Number(periodStart.slice(5, 7)) / 3) + 1}`;
