import { regionId, seedFundingEntries } from '@mitmach/demo-network';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { conferenceEntitiesQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform } = await startForFile(() => startStatistics({ events: true, withRegions: true }));

const listQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node {
      name
      statistics { conferencesHeld adoptionsStarted participants { total } funding { depositedCents } }
      lastYear: statistics(from: "2025-01-01", to: "2025-12-31") { outcomes { total } }
    } }
  }
}`;

async function statisticsStatements(client: GraphqlQuery, query: string, variables: Record<string, unknown>) {
  platform.statisticsStatements.reset();
  const response = await client(query, variables);
  expect(response.body.errors).toBeUndefined();
  return { count: platform.statisticsStatements.count, data: response.body.data };
}

describe('Region.statistics through the gateway', () => {
  it("shows a seeded region's funding, built from the events the regions seed published", async () => {
    const slug = 'bodensee-oberschwaben';
    const sum = (kind: string) =>
      seedFundingEntries
        .filter((entry) => entry.regionSlug === slug && entry.kind === kind)
        .reduce((total, entry) => total + entry.amountCents, 0);
    const funding = async () => {
      const response = await graphqlClient(platform.gatewayUrl)<{
        region: { name: string; statistics: { funding: Record<string, number> } };
      }>(
        'query($id: UUID!) { region(id: $id) { name statistics { funding { depositedCents matchedCents grantedCents } } } }',
        {
          id: regionId(slug),
        },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.region.statistics.funding;
    };
    expect(sum('deposit')).toBeGreaterThan(0);
    await expect
      .poll(funding, { timeout: 30_000, interval: 250 })
      .toEqual({ depositedCents: sum('deposit'), matchedCents: sum('matching'), grantedCents: sum('grant') });
  });
});

describe('batching', () => {
  it('reads Region.statistics of 2 and of 45 regions with the same statements: one per period asked', async () => {
    const few = await statisticsStatements(graphqlClient(platform.gatewayUrl), listQuery, { first: 2 });
    const many = await statisticsStatements(graphqlClient(platform.gatewayUrl), listQuery, { first: 45 });
    expect((many.data as { regions: { edges: unknown[] } }).regions.edges).toHaveLength(45);
    expect(few.count).toBe(2);
    expect(many.count).toBe(few.count);
  });

  it('reads Conference.statistics of 2 and of 40 conferences with one statement', async () => {
    const representations = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        __typename: 'Conference',
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      }));
    const two = await statisticsStatements(platform.subgraphClient('statistics'), conferenceEntitiesQuery, {
      representations: representations(2),
    });
    const forty = await statisticsStatements(platform.subgraphClient('statistics'), conferenceEntitiesQuery, {
      representations: representations(40),
    });
    expect(two.count).toBe(1);
    expect(forty.count).toBe(two.count);
  });
});
