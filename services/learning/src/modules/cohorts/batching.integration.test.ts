import { seedRegions } from '@mitmach/demo-network';
import { regionSeedId } from '@mitmach/regions-service';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { startLearning } from '../../testing/start-learning';

const { platform } = await startForFile(startLearning);

async function statementsFor(client: GraphqlQuery, query: string, variables: Record<string, unknown> = {}) {
  platform.statements.reset();
  const response = await client<Record<string, unknown>>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return { count: platform.statements.count, data: response.body.data };
}

const regionsQuery = `query($first: Int, $after: String) {
  regions(first: $first, after: $after, orderBy: NAME) {
    edges { cursor node { name cohortParticipations { addedAt cohort { title startsOn program { title } } } } }
  }
}`;

interface RegionsData {
  regions: { edges: { cursor: string; node: { cohortParticipations: unknown[] } }[] };
}

const taking = (data: unknown) =>
  (data as RegionsData).regions.edges.filter((edge) => edge.node.cohortParticipations.length > 0).length;

describe('batching of Region.cohortParticipations', () => {
  it('costs learning the same number of statements for 2 and for 45 regions', async () => {
    const many = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 45 });
    const edges = (many.data as unknown as RegionsData).regions.edges;
    expect(edges).toHaveLength(45);
    // Both samples must hold regions that take part in cohorts, or the counts would prove nothing.
    expect(taking(many.data)).toBeGreaterThan(5);
    const firstTaking = edges.findIndex((edge) => edge.node.cohortParticipations.length > 0);
    const few = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, {
      first: 2,
      after: firstTaking > 0 ? edges[firstTaking - 1]?.cursor : null,
    });
    expect(taking(few.data)).toBeGreaterThan(0);
    // participations, cohorts, programmes
    expect(few.count).toBeLessThanOrEqual(3);
    expect(many.count).toBe(few.count);
  });

  it('resolves any number of Region references with one statement per relation', async () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Region { cohortParticipations { cohort { title } } } }
    }`;
    const participating = ['vogelsberg', 'tuebingen', 'pustertal'];
    const representations = (count: number) =>
      [...new Set([...participating, ...seedRegions.map((region) => region.slug)])]
        .slice(0, count)
        .map((slug) => ({ __typename: 'Region', id: regionSeedId(slug) }));
    const three = await statementsFor(platform.subgraphClient('learning'), query, {
      representations: representations(3),
    });
    const forty = await statementsFor(platform.subgraphClient('learning'), query, {
      representations: representations(40),
    });
    expect(three.count).toBeLessThanOrEqual(2);
    expect(forty.count).toBe(three.count);
  });
});
