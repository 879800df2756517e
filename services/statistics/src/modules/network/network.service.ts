import type { Db } from '@mitmach/db';
import { regionStatuses } from '@mitmach/events';
import { badUserInput } from '@mitmach/server-kit';
import { sectorBreakdown } from '../../access/suppression';
import { type MetricName, metric } from '../../read-model/metrics';
import { lastDayOf, monthRange } from '../../read-model/months';
import { levels, monthly, sumOf, type TotalRow, totals } from '../figures/counter-queries';
import { fundingFigures, outcomeKindCounts, rate } from '../figures/figures';
import type { Scope } from '../figures/scope';
import { learningByTarget, outcomesByField, topAdoptedActions } from './network.repository';

const networkCountries = ['DE', 'AT', 'CH', 'IT'] as const;
const conferenceFormats = ['mitmach_konferenz', 'mitmach_werkstatt', 'success_workshop'] as const;
const learningKinds = ['course', 'program', 'cohort'] as const;

const flowMetrics: readonly MetricName[] = [
  metric.regionsJoined,
  metric.conferencesHeld,
  metric.participants,
  metric.outcomes,
  metric.actionsPublished,
  metric.adoptionsStarted,
  metric.adoptionsImplemented,
  metric.funding,
];

/**
 * The figures of one networkStatistics field. Each part is read only when asked for, and the sums most parts share
 * are read once per request.
 */
export interface NetworkStatisticsModel {
  scope: Scope;
  exact: boolean;
  flows(): Promise<TotalRow[]>;
  /** The most adopted actions (as many as may be asked for) with the totals of the spread. */
  spread(): ReturnType<typeof topAdoptedActions>;
}

export const maxTopActions = 50;

export function networkStatistics(db: Db, scope: Scope, exact: boolean): NetworkStatisticsModel {
  let flows: Promise<TotalRow[]> | null = null;
  let spread: ReturnType<typeof topAdoptedActions> | null = null;
  return {
    scope,
    exact,
    flows: () => {
      flows ??= totals(db, scope, flowMetrics);
      return flows;
    },
    spread: () => {
      spread ??= topAdoptedActions(db, scope, maxTopActions);
      return spread;
    },
  };
}

export function periodOf(scope: Scope) {
  return { from: scope.firstMonth, to: lastDayOf(scope.lastMonth) };
}

export async function regionFigures(db: Db, model: NetworkStatisticsModel) {
  const [statusRows, flows, joinedRows] = await Promise.all([
    levels(db, model.scope, metric.regionStatus),
    model.flows(),
    monthly(db, model.scope, [metric.regionsJoined]),
  ]);
  const byStatus = (country?: string) =>
    regionStatuses.map((status) => ({
      status,
      count: sumOf(statusRows, metric.regionStatus, status, country),
    }));
  const joinedByMonth = new Map(joinedRows.map((row) => [row.month, row.value]));
  return {
    total: sumOf(statusRows, metric.regionStatus),
    byStatus: byStatus(),
    byCountry: (model.scope.countries ?? networkCountries).map((country) => ({
      country,
      total: sumOf(statusRows, metric.regionStatus, undefined, country),
      byStatus: byStatus(country),
      joined: sumOf(flows, metric.regionsJoined, undefined, country),
    })),
    joined: sumOf(flows, metric.regionsJoined),
    newPerMonth: monthRange(model.scope.firstMonth, model.scope.lastMonth).map((month) => ({
      periodStart: month,
      value: joinedByMonth.get(month) ?? 0,
    })),
  };
}

export async function conferenceFigures(model: NetworkStatisticsModel) {
  const flows = await model.flows();
  const participants = new Map<string, number>();
  for (const row of flows) {
    if (row.metric === metric.participants)
      participants.set(row.dimension, (participants.get(row.dimension) ?? 0) + row.value);
  }
  return {
    held: sumOf(flows, metric.conferencesHeld),
    byFormat: conferenceFormats.map((format) => ({
      format,
      count: sumOf(flows, metric.conferencesHeld, format),
    })),
    participants: sectorBreakdown(participants, model.exact),
  };
}

export async function outcomeFigures(db: Db, model: NetworkStatisticsModel) {
  const [flows, byField] = await Promise.all([model.flows(), outcomesByField(db, model.scope)]);
  return {
    ...outcomeKindCounts((kind) => sumOf(flows, metric.outcomes, kind)),
    byFieldOfAction: byField.map((row) => ({ fieldOfAction: { slug: row.field }, count: row.count })),
  };
}

export interface ActionFiguresModel {
  model: NetworkStatisticsModel;
  published: number;
  adoptionsStarted: number;
  adoptionsImplemented: number;
}

export async function actionFigures(model: NetworkStatisticsModel): Promise<ActionFiguresModel> {
  const flows = await model.flows();
  return {
    model,
    published: sumOf(flows, metric.actionsPublished),
    adoptionsStarted: sumOf(flows, metric.adoptionsStarted),
    adoptionsImplemented: sumOf(flows, metric.adoptionsImplemented),
  };
}

export async function topActions(model: NetworkStatisticsModel, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > maxTopActions) {
    throw badUserInput(`first must be between 1 and ${maxTopActions}.`, 'first');
  }
  const { top } = await model.spread();
  return top
    .slice(0, first)
    .map((row) => ({ action: { id: row.actionId }, title: row.title, adoptingRegions: row.regions }));
}

export async function averageRegionsPerAction(model: NetworkStatisticsModel) {
  const { adoptedActions, adoptions } = await model.spread();
  return adoptedActions === 0 ? null : adoptions / adoptedActions;
}

export async function learningFigures(db: Db, model: NetworkStatisticsModel) {
  const rows = await learningByTarget(db, model.scope);
  const ofKind = (kind: (typeof learningKinds)[number]) => {
    const targets = rows
      .filter((row) => row.kind === kind)
      .sort((left, right) => right.enrollments - left.enrollments || left.title.localeCompare(right.title, 'de'));
    const sum = (pick: (row: (typeof rows)[number]) => number) => targets.reduce((total, row) => total + pick(row), 0);
    return {
      enrollments: sum((row) => row.enrollments),
      completions: sum((row) => row.completions),
      completionRate: rate(
        sum((row) => row.completedEnrollments),
        sum((row) => row.enrollments),
      ),
      targets: targets.map((row) => ({
        kind,
        id: row.targetId,
        title: row.title,
        enrollments: row.enrollments,
        completions: row.completions,
        completionRate: rate(row.completedEnrollments, row.enrollments),
      })),
    };
  };
  return { courses: ofKind('course'), programs: ofKind('program'), cohorts: ofKind('cohort') };
}

export async function fundingOf(model: NetworkStatisticsModel) {
  const flows = await model.flows();
  return fundingFigures((kind) => sumOf(flows, metric.funding, kind));
}
