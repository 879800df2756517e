import type { Db } from '@mitmach/db';
import { sectors } from '@mitmach/events';
import { sectorBreakdown } from '../access/suppression';
import { type MonthlyRow, monthly } from '../modules/figures/counter-queries';
import { outcomeKinds } from '../modules/figures/enums';
import type { Scope } from '../modules/figures/scope';
import { metric } from '../read-model/metrics';
import { type Month, monthRange } from '../read-model/months';

const header = [
  'month',
  'regions_in_network',
  'regions_joined',
  'conferences_held',
  'participants',
  ...sectors.map((sector) => `participants_${sector}`),
  'outcomes',
  ...outcomeKinds.map((kind) => `outcomes_${kind}`),
  'actions_published',
  'adoptions_started',
  'adoptions_implemented',
  'enrollments',
  'completions',
  'funding_deposited_cents',
  'funding_matched_cents',
  'funding_granted_cents',
];

const hiddenCell = '<5';

/**
 * The network's figures of a period, one row per month (zero-filled), as the caller may see them: per-sector counts
 * of people under 5 read "<5" for everyone but staff and reporting. Two statements, whatever the history's length.
 */
export async function figuresTable(db: Db, scope: Scope, exact: boolean) {
  const [flows, statusMoves] = await Promise.all([
    monthly(db, scope, [
      metric.regionsJoined,
      metric.conferencesHeld,
      metric.participants,
      metric.outcomes,
      metric.actionsPublished,
      metric.adoptionsStarted,
      metric.adoptionsImplemented,
      metric.enrollments,
      metric.completions,
      metric.funding,
    ]),
    monthly(db, scope, [metric.regionStatus], { fromStart: true }),
  ]);
  const cells = new Map<string, number>();
  const add = (month: Month, key: string, value: number) => {
    cells.set(`${month}|${key}`, (cells.get(`${month}|${key}`) ?? 0) + value);
  };
  for (const row of flows) {
    add(row.month, row.metric, row.value);
    add(row.month, `${row.metric}|${row.dimension}`, row.value);
  }
  const cell = (month: Month, key: string) => cells.get(`${month}|${key}`) ?? 0;
  const inNetwork = networkLevels(statusMoves);
  const rows = monthRange(scope.firstMonth, scope.lastMonth).map((month) => {
    const participants = sectorBreakdown(
      new Map(sectors.map((sector) => [sector, cell(month, `${metric.participants}|${sector}`)])),
      exact,
    );
    return [
      month.slice(0, 7),
      inNetwork(month),
      cell(month, metric.regionsJoined),
      cell(month, metric.conferencesHeld),
      participants.total,
      ...participants.bySector.map((entry) => entry.count.value ?? hiddenCell),
      cell(month, metric.outcomes),
      ...outcomeKinds.map((kind) => cell(month, `${metric.outcomes}|${kind}`)),
      cell(month, metric.actionsPublished),
      cell(month, metric.adoptionsStarted),
      cell(month, metric.adoptionsImplemented),
      cell(month, metric.enrollments),
      cell(month, metric.completions),
      cell(month, `${metric.funding}|deposit`),
      cell(month, `${metric.funding}|matching`),
      cell(month, `${metric.funding}|grant`),
    ];
  });
  return { header, rows };
}

/** Regions in the network (accepted or further, not ended) at the end of each month. */
function networkLevels(moves: readonly MonthlyRow[]) {
  const members = moves.filter((row) => row.dimension !== 'applied' && row.dimension !== 'ended');
  return (month: Month) => members.reduce((sum, row) => (row.month <= month ? sum + row.value : sum), 0);
}
