import type {
  ActionDimensionRow,
  AdoptionStateRow,
  ConferenceDimensionRow,
  EnrollmentStateRow,
  RegionDimensionRow,
  RegistrationStateRow,
} from '../db/schema';
import type { Contribution } from './counters';
import { type MetricName, metric } from './metrics';
import { monthOfDate, monthOfInstant } from './months';

type RegistrationState = Omit<RegistrationStateRow, 'contribution'>;
type AdoptionState = Omit<AdoptionStateRow, 'contribution'>;
type EnrollmentState = Omit<EnrollmentStateRow, 'contribution'>;

/**
 * A registration counts towards its conference (registered by status and sector, attended by sector) and, once
 * attended, as a participant of its region and the network in the month the conference was held; until the held
 * conference is known, in the month of the registration's latest change.
 */
export function registrationContribution(
  registration: RegistrationState,
  conference: Pick<ConferenceDimensionRow, 'heldOn'> | null,
): Contribution {
  const contribution: Contribution = [
    {
      scope: 'entity',
      entityId: registration.conferenceId,
      metric: metric.registrations,
      dimension: registration.status,
      value: 1,
    },
  ];
  if (registration.status === 'confirmed') {
    contribution.push({
      scope: 'entity',
      entityId: registration.conferenceId,
      metric: metric.registeredBySector,
      dimension: registration.sector,
      value: 1,
    });
  }
  if (registration.attended === true) {
    const month = conference ? monthOfDate(conference.heldOn) : monthOfInstant(registration.changedAt);
    contribution.push(
      {
        scope: 'entity',
        entityId: registration.conferenceId,
        metric: metric.attendedBySector,
        dimension: registration.sector,
        value: 1,
      },
      {
        scope: 'network',
        metric: metric.participants,
        month,
        country: registration.country,
        dimension: registration.sector,
        fields: [],
        value: 1,
      },
      {
        scope: 'region',
        regionId: registration.regionId,
        metric: metric.participants,
        month,
        dimension: registration.sector,
        value: 1,
      },
    );
  }
  return contribution;
}

/**
 * An adoption counts as started in the month it started and as implemented in the month it was completed; it takes
 * its country from its region and its fields of action from its action, blank until those events have arrived.
 * Unless abandoned, it adds its region to the action's spread.
 */
export function adoptionContribution(
  adoption: AdoptionState,
  region: Pick<RegionDimensionRow, 'country'> | null,
  action: Pick<ActionDimensionRow, 'fields'> | null,
): Contribution {
  const country = region?.country ?? '';
  const fields = action?.fields ?? [];
  const started = monthOfDate(adoption.startedOn);
  const contribution: Contribution = [
    {
      scope: 'network',
      metric: metric.adoptionsStarted,
      month: started,
      country,
      dimension: '',
      fields,
      value: 1,
    },
    {
      scope: 'region',
      regionId: adoption.regionId,
      metric: metric.adoptionsStarted,
      month: started,
      dimension: '',
      value: 1,
    },
    {
      scope: 'entity',
      entityId: adoption.actionId,
      metric: metric.spreadByStatus,
      dimension: adoption.status,
      value: 1,
    },
  ];
  if (adoption.status === 'implemented') {
    const completed = adoption.completedOn ? monthOfDate(adoption.completedOn) : monthOfInstant(adoption.changedAt);
    contribution.push(
      {
        scope: 'network',
        metric: metric.adoptionsImplemented,
        month: completed,
        country,
        dimension: '',
        fields,
        value: 1,
      },
      {
        scope: 'region',
        regionId: adoption.regionId,
        metric: metric.adoptionsImplemented,
        month: completed,
        dimension: '',
        value: 1,
      },
    );
  }
  if (adoption.status !== 'abandoned') {
    contribution.push({
      scope: 'network',
      metric: metric.adoptionsByAction,
      month: started,
      country,
      dimension: adoption.actionId,
      fields,
      value: 1,
    });
    if (country) {
      contribution.push({
        scope: 'entity',
        entityId: adoption.actionId,
        metric: metric.spreadByCountry,
        dimension: country,
        value: 1,
      });
    }
  }
  return contribution;
}

/**
 * An enrolment counts in the country of the region the person learns for, as far as that region is known; without
 * a region it counts only network-wide.
 */
export function enrollmentContribution(
  enrollment: EnrollmentState,
  region: Pick<RegionDimensionRow, 'country'> | null,
): Contribution {
  const target = `${enrollment.targetKind}:${enrollment.targetId}`;
  const enrolled = monthOfInstant(enrollment.enrolledAt);
  const country = region?.country ?? '';
  const network = (name: MetricName, month: string) =>
    ({ scope: 'network', metric: name, month, country, dimension: target, fields: [], value: 1 }) as const;
  const contribution: Contribution = [network(metric.enrollments, enrolled)];
  if (enrollment.status === 'completed') {
    contribution.push(
      network(metric.completions, monthOfInstant(enrollment.completedAt ?? enrollment.changedAt)),
      network(metric.completedEnrollments, enrolled),
    );
  }
  return contribution;
}

/** An action counts as published in the month of its first publication, and as originated by its home region. */
export function actionContribution(action: Omit<ActionDimensionRow, 'contribution'>): Contribution {
  const month = monthOfInstant(action.firstPublishedAt);
  const contribution: Contribution = [
    {
      scope: 'network',
      metric: metric.actionsPublished,
      month,
      country: action.country ?? '',
      dimension: '',
      fields: action.fields,
      value: 1,
    },
  ];
  if (action.originRegionId) {
    contribution.push({
      scope: 'region',
      regionId: action.originRegionId,
      metric: metric.actionsOriginated,
      month,
      dimension: '',
      value: 1,
    });
  }
  return contribution;
}

/** A new region counts as joined, and as being in its first status, in the month it joined. */
export function regionJoinedContribution(
  region: Pick<RegionDimensionRow, 'country' | 'status' | 'joinedOn' | 'fields'>,
): Contribution {
  const month = monthOfDate(region.joinedOn);
  const { country, fields } = region;
  return [
    { scope: 'network', metric: metric.regionsJoined, month, country, dimension: '', fields, value: 1 },
    { scope: 'network', metric: metric.regionStatus, month, country, dimension: region.status, fields, value: 1 },
  ];
}

/** A region leaves one status for another in the month of the change. */
export function regionStatusMove(
  region: Pick<RegionDimensionRow, 'country' | 'fields'>,
  from: string,
  to: string,
  at: Date,
): Contribution {
  const move = (status: string, value: number) =>
    ({
      scope: 'network',
      metric: metric.regionStatus,
      month: monthOfInstant(at),
      country: region.country,
      dimension: status,
      fields: region.fields,
      value,
    }) as const;
  return from === to ? [] : [move(from, -1), move(to, 1)];
}

/** A funding entry adds its amount (cents) to its kind in the month it was booked. */
export function fundingContribution(entry: {
  regionId: string;
  country: string;
  kind: string;
  amountCents: number;
  bookedOn: string;
}): Contribution {
  const month = monthOfDate(entry.bookedOn);
  const { regionId, country, kind, amountCents } = entry;
  return [
    { scope: 'network', metric: metric.funding, month, country, dimension: kind, fields: [], value: amountCents },
    { scope: 'region', regionId, metric: metric.funding, month, dimension: kind, value: amountCents },
  ];
}

/** A held conference counts in the month it was held, by format. */
export function conferenceHeldContribution(conference: ConferenceDimensionRow): Contribution {
  const month = monthOfDate(conference.heldOn);
  const { regionId, country, format } = conference;
  return [
    { scope: 'network', metric: metric.conferencesHeld, month, country, dimension: format, fields: [], value: 1 },
    { scope: 'region', regionId, metric: metric.conferencesHeld, month, dimension: format, value: 1 },
  ];
}

/** An outcome counts by kind and fields of action in the month it was recorded, for its region and conference. */
export function outcomeContribution(outcome: {
  conferenceId: string;
  regionId: string;
  country: string;
  kind: string;
  fields: readonly string[];
  recordedAt: string | Date;
}): Contribution {
  const month = monthOfInstant(outcome.recordedAt);
  const { conferenceId, regionId, country, kind, fields } = outcome;
  return [
    { scope: 'network', metric: metric.outcomes, month, country, dimension: kind, fields, value: 1 },
    { scope: 'region', regionId, metric: metric.outcomes, month, dimension: kind, value: 1 },
    { scope: 'entity', entityId: conferenceId, metric: metric.outcomes, dimension: kind, value: 1 },
  ];
}
