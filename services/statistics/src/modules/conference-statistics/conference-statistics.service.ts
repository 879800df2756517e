import { type ParticipantsModel, sectorBreakdown } from '../../access/suppression';
import { metric } from '../../read-model/metrics';
import { countsByDimension, type EntityCounterRow, sumRows } from '../figures/entity-counters.repository';
import { outcomeKindCounts, rate } from '../figures/figures';

export interface ConferenceReference {
  id: string;
}

export interface ConferenceStatisticsModel {
  registrations: { confirmed: number; waitlisted: number; cancelled: number; bySector: ParticipantsModel['bySector'] };
  participants: ParticipantsModel;
  attendanceRate: number | null;
  outcomes: ReturnType<typeof outcomeKindCounts>;
}

/** A conference's figures from its counters; people counts under 5 per sector hidden unless `exact`. */
export function conferenceStatistics(rows: readonly EntityCounterRow[], exact: boolean): ConferenceStatisticsModel {
  const confirmed = sumRows(rows, metric.registrations, 'confirmed');
  const participants = sectorBreakdown(countsByDimension(rows, metric.attendedBySector), exact);
  return {
    registrations: {
      confirmed,
      waitlisted: sumRows(rows, metric.registrations, 'waitlisted'),
      cancelled: sumRows(rows, metric.registrations, 'cancelled'),
      bySector: sectorBreakdown(countsByDimension(rows, metric.registeredBySector), exact).bySector,
    },
    participants,
    attendanceRate: rate(participants.total, confirmed),
    outcomes: outcomeKindCounts((kind) => sumRows(rows, metric.outcomes, kind)),
  };
}
