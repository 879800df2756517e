import { metric } from '../../read-model/metrics';
import { countsByDimension, type EntityCounterRow, sumRows } from '../figures/entity-counters.repository';
import { adoptionStatuses } from '../figures/enums';

export interface ActionReference {
  id: string;
}

export interface ActionSpreadModel {
  adoptingRegions: number;
  byStatus: { status: (typeof adoptionStatuses)[number]; count: number }[];
  countries: { country: string; regions: number }[];
}

/** How far an action spread, from its counters. */
export function actionSpread(rows: readonly EntityCounterRow[]): ActionSpreadModel {
  const byStatus = adoptionStatuses.map((status) => ({
    status,
    count: sumRows(rows, metric.spreadByStatus, status),
  }));
  return {
    adoptingRegions: byStatus.reduce((sum, entry) => (entry.status === 'abandoned' ? sum : sum + entry.count), 0),
    byStatus,
    countries: [...countsByDimension(rows, metric.spreadByCountry)]
      .filter(([, regions]) => regions > 0)
      .map(([country, regions]) => ({ country, regions }))
      .sort((left, right) => right.regions - left.regions || left.country.localeCompare(right.country)),
  };
}
