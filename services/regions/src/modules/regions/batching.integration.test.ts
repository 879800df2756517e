import { seedRegions } from '@mitmach/demo-network';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { platform } = await startForFile(startRegions);

async function statementsFor(client: GraphqlQuery, query: string, variables: Record<string, unknown> = {}) {
  platform.statements.reset();
  const response = await client(query, variables);
  expect(response.body.errors).toBeUndefined();
  return platform.statements.count;
}

const listQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node { name fieldsOfAction { slug } sdgs { number } peerGroup { name regions { slug } } statusHistory { to } } }
  }
}`;

const entitiesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Region { name fieldsOfAction { slug } sdgs { number } peerGroup { name } }
  }
}`;

describe('batching', () => {
  it('answers a region list with the same number of statements for 2 and for 45 regions', async () => {
    const few = await statementsFor(graphqlClient(platform.gatewayUrl), listQuery, { first: 2 });
    const many = await statementsFor(graphqlClient(platform.gatewayUrl), listQuery, { first: 45 });
    // page, count, fields, sdgs, peer groups, their members, histories
    expect(few).toBeLessThanOrEqual(7);
    expect(many).toBe(few);
  });

  it('resolves any number of Region entity references with one statement per relation', async () => {
    const representations = (count: number) =>
      seedRegions.slice(0, count).map((region) => ({ __typename: 'Region', id: regionSeedId(region.slug) }));
    const three = await statementsFor(platform.subgraphClient('regions'), entitiesQuery, {
      representations: representations(3),
    });
    const forty = await statementsFor(platform.subgraphClient('regions'), entitiesQuery, {
      representations: representations(40),
    });
    // regions, fields, sdgs, peer groups
    expect(three).toBeLessThanOrEqual(4);
    expect(forty).toBe(three);
  });
});
