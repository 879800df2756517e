import { conferenceId, firstConferenceKey, seedRegions } from '@mitmach/demo-network';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { startActionPool } from '../../testing/start-action-pool';

const { platform } = await startForFile(startActionPool);

async function statementsFor<Data>(client: GraphqlQuery, query: string, variables: Record<string, unknown> = {}) {
  platform.statements.reset();
  const response = await client<Data>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return { count: platform.statements.count, data: response.body.data as Data };
}

const regionsQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node {
      name
      actions(first: 3) {
        totalCount
        edges { node { title steps { title } adoptionCount adoptingRegions { name } statusHistory { to } } }
      }
      adoptions(first: 3) { totalCount edges { node { status action { title } region { name } } } }
    } }
  }
}`;

const conferencesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Conference { id resultingActions { title steps { position } adoptionCount adoptions(first: 2) { totalCount } } }
  }
}`;

describe('batching across the federation', () => {
  it('answers regions with their actions and adoptions with the same number of statements for 2 and 45 regions', async () => {
    type Regions = { regions: { edges: { node: { actions: { totalCount: number } } }[] } };
    const few = await statementsFor<Regions>(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 2 });
    const many = await statementsFor<Regions>(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 45 });
    // action pages, adoption pages, steps, active adoptions, histories, adopted actions
    expect(few.count).toBeLessThanOrEqual(6);
    expect(many.count).toBe(few.count);
    const regions = many.data.regions.edges;
    expect(regions).toHaveLength(45);
    expect(regions.reduce((sum, edge) => sum + edge.node.actions.totalCount, 0)).toBeGreaterThan(10);
  });

  it('resolves any number of Conference references with one statement per relation', async () => {
    // The first conference of every region that held one; a conference without actions for the others.
    const keyOf = (slug: string, held: boolean) => (held ? firstConferenceKey(slug) : `${slug}:miko-planned`);
    const representations = (count: number) =>
      seedRegions.slice(0, count).map((region) => ({
        __typename: 'Conference',
        id: conferenceId(keyOf(region.slug, region.firstConferenceOn !== null)),
      }));
    type Conferences = { _entities: { resultingActions: { title: string }[] }[] };
    const two = await statementsFor<Conferences>(platform.subgraphClient('action-pool'), conferencesQuery, {
      representations: representations(2),
    });
    const forty = await statementsFor<Conferences>(platform.subgraphClient('action-pool'), conferencesQuery, {
      representations: representations(40),
    });
    // resulting actions, steps, active adoptions, adoption pages
    expect(two.count).toBeLessThanOrEqual(4);
    expect(forty.count).toBe(two.count);
    expect(
      forty.data._entities.flatMap((conference) => conference.resultingActions.map((action) => action.title)),
    ).toContain('Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen');
  });

  it('lists actions with the same number of statements for a short and a long page', async () => {
    const listQuery = `query($first: Int) { actions(first: $first, sort: MOST_ADOPTED) { edges { node {
      title originRegion { name } steps { title } adoptionCount adoptingRegions { name }
      adoptions(first: 5) { totalCount edges { node { status region { name } } } }
      originConference { resultingActions { title } }
    } } } }`;
    const short = await statementsFor(graphqlClient(platform.gatewayUrl), listQuery, { first: 2 });
    const long = await statementsFor(graphqlClient(platform.gatewayUrl), listQuery, { first: 18 });
    // page, count, steps, active adoptions, adoption pages, resulting actions of the origin conferences
    expect(short.count).toBeLessThanOrEqual(6);
    expect(long.count).toBe(short.count);
  });
});
