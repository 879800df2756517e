import { type ParticipantsModel, sectorBreakdown } from '../../access/suppression';
import { metric } from '../../read-model/metrics';
import { countsByDimension, type RegionCounterRow, sumRows } from '../figures/entity-counters.repository';
import { fundingFigures, outcomeKindCounts } from '../figures/figures';
import type { Scope } from '../figures/scope';
import { periodOf } from '../network/network.service';

export interface RegionReference {
  id: string;
}

export interface RegionStatisticsModel {
  period: { from: string; to: string };
  conferencesHeld: number;
  participants: ParticipantsModel;
  outcomes: ReturnType<typeof outcomeKindCounts>;
  actionsOriginated: number;
  adoptionsStarted: number;
  adoptionsImplemented: number;
  funding: ReturnType<typeof fundingFigures>;
}

/** A region's figures from its counters; people counts under 5 per sector hidden unless `exact`. */
export function regionStatistics(
  rows: readonly RegionCounterRow[],
  scope: Scope,
  exact: boolean,
): RegionStatisticsModel {
  return {
    period: periodOf(scope),
    conferencesHeld: sumRows(rows, metric.conferencesHeld),
    participants: sectorBreakdown(countsByDimension(rows, metric.participants), exact),
    outcomes: outcomeKindCounts((kind) => sumRows(rows, metric.outcomes, kind)),
    actionsOriginated: sumRows(rows, metric.actionsOriginated),
    adoptionsStarted: sumRows(rows, metric.adoptionsStarted),
    adoptionsImplemented: sumRows(rows, metric.adoptionsImplemented),
    funding: fundingFigures((kind) => sumRows(rows, metric.funding, kind)),
  };
}
