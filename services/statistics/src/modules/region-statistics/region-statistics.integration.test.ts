import type { Role } from '@mitmach/auth';
import { startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents, fixtureIds } from '../../testing/fixture';
import { regionEntitiesQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform } = await startForFile(startStatistics);
await platform.apply(fixtureEvents());

// biome-ignore lint/suspicious/noExplicitAny: compared field by field against hand counts
async function regionStatistics(regionId: string, period: Record<string, string>, roles: Role[] = []): Promise<any> {
  const response = await platform.subgraphQuery<{ _entities: { statistics: unknown }[] }>(
    regionEntitiesQuery,
    { representations: [{ __typename: 'Region', id: regionId }], ...period },
    roles,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?._entities[0]?.statistics;
}

const year2025 = { from: '2025-01-01', to: '2025-12-31' };
const exact = (value: number) => ({ value, fewerThan: null });
const hidden = { value: null, fewerThan: 5 };
const sectorCounts = (statistics: { participants: { bySector: { count: unknown }[] } }) =>
  statistics.participants.bySector.map((entry) => entry.count);

describe('Region.statistics', () => {
  it("counts Aachen's own figures of 2025", async () => {
    const aachen = await regionStatistics(fixtureIds.aachen, year2025, ['staff']);
    expect(aachen).toMatchObject({
      period: { from: '2025-01-01', to: '2025-12-31' },
      conferencesHeld: 1,
      actionsOriginated: 2,
      adoptionsStarted: 1,
      adoptionsImplemented: 1,
      outcomes: {
        total: 3,
        byKind: [
          { kind: 'IDEA', count: 1 },
          { kind: 'PROJECT', count: 1 },
          { kind: 'ACTION', count: 1 },
          { kind: 'COOPERATION', count: 0 },
        ],
      },
      funding: { depositedCents: 50_000, matchedCents: 100_000, grantedCents: 30_000 },
    });
    expect(aachen.participants.total).toBe(12);
    expect(sectorCounts(aachen)).toEqual([exact(6), exact(3), exact(2), exact(1), exact(0), exact(0), exact(0)]);
  });

  it('counts the whole history up to today without a period', async () => {
    const aachen = await regionStatistics(fixtureIds.aachen, {}, ['staff']);
    expect(aachen.period.from).toBe('2000-01-01');
    expect(aachen.conferencesHeld).toBe(2);
    expect(aachen.outcomes.total).toBe(4);
    const bamberg = await regionStatistics(fixtureIds.bamberg, {}, ['staff']);
    expect(bamberg).toMatchObject({
      adoptionsStarted: 2,
      adoptionsImplemented: 1,
      funding: { depositedCents: 50_000 },
      participants: { total: 0, diversityIndex: null },
    });
  });

  it('hides sectors with fewer than 5 participants from everyone but staff and reporting', async () => {
    for (const roles of [[], ['partner'], ['member'], ['regional_team']] as Role[][]) {
      const aachen = await regionStatistics(fixtureIds.aachen, year2025, roles);
      expect(aachen.participants.total).toBe(12);
      expect(sectorCounts(aachen)).toEqual([exact(6), hidden, hidden, hidden, hidden, hidden, hidden]);
      expect(aachen.participants.bySector[0].share).toBe(0.5);
      expect(aachen.participants.bySector[1].share).toBeNull();
      expect(aachen.participants.diversityIndex).toBeNull();
    }
    for (const roles of [['staff'], ['reporting']] as Role[][]) {
      const aachen = await regionStatistics(fixtureIds.aachen, year2025, roles);
      expect(sectorCounts(aachen)[1]).toEqual(exact(3));
      expect(aachen.participants.diversityIndex).toBeGreaterThan(0);
    }
  });

  it('shows the diversity index when the hidden sectors hold nobody (Graz: 5 from civil society only)', async () => {
    const graz = await regionStatistics(fixtureIds.graz, year2025);
    expect(sectorCounts(graz)).toEqual([exact(5), hidden, hidden, hidden, hidden, hidden, hidden]);
    expect(graz.participants.diversityIndex).toBe(0);
  });

  it('answers an unknown region with zeros, and a backwards period with BAD_USER_INPUT', async () => {
    const unknown = await regionStatistics('00000000-0000-4000-8000-000000000000', year2025, ['staff']);
    expect(unknown).toMatchObject({ conferencesHeld: 0, participants: { total: 0 }, outcomes: { total: 0 } });
    const response = await platform.subgraphQuery(regionEntitiesQuery, {
      representations: [{ __typename: 'Region', id: fixtureIds.aachen }],
      from: '2025-12-01',
      to: '2025-01-01',
    });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
