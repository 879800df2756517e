import { expect } from 'vitest';
import { fixtureIds } from './fixture';
import {
  actionEntitiesQuery,
  conferenceEntitiesQuery,
  networkStatisticsQuery,
  regionEntitiesQuery,
  seriesQuery,
} from './queries';
import type { RunningStatistics } from './start-statistics';

/**
 * Every figure the API shows for the fixture, as staff see them: the network for 2025 and for all time, the
 * fixture's regions, conferences and actions, and monthly series. Two equal snapshots mean equal figures.
 */
export async function figuresSnapshot(platform: RunningStatistics) {
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const response = await platform.subgraphQuery(query, variables, ['staff']);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  };
  const entities = (type: string, ids: string[]) => ids.map((id) => ({ __typename: type, id }));
  return {
    network2025: await ask(networkStatisticsQuery, { filter: { from: '2025-01-01', to: '2025-12-31' } }),
    networkAllTime: await ask(networkStatisticsQuery, { filter: { to: '2026-12-31' } }),
    regions: await ask(regionEntitiesQuery, {
      representations: entities('Region', [fixtureIds.aachen, fixtureIds.bamberg, fixtureIds.graz]),
    }),
    conferences: await ask(conferenceEntitiesQuery, {
      representations: entities('Conference', [fixtureIds.aachenKonferenz, fixtureIds.grazWerkstatt]),
    }),
    actions: await ask(actionEntitiesQuery, {
      representations: entities('Action', [fixtureIds.buergerbus, fixtureIds.solarkataster, fixtureIds.saatgut]),
    }),
    series: await Promise.all(
      ['REGIONS', 'PARTICIPANTS', 'ADOPTIONS_STARTED', 'ENROLLMENTS', 'FUNDING_DEPOSITED_CENTS'].map((metric) =>
        ask(seriesQuery, { metric, interval: 'MONTH', from: '2024-01-01', to: '2026-12-31' }),
      ),
    ),
  };
}
