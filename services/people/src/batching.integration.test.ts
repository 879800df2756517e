import { demoOrganizations, demoPeople, organizationId, personId } from '@mitmach/demo-network';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { callerTokens } from './testing/callers';
import { startPeople } from './testing/start-people';

const { platform } = await startForFile(startPeople);
const tokens = callerTokens(platform.jwtSecret);

async function statementsFor(client: GraphqlQuery, query: string, variables: Record<string, unknown>, token?: string) {
  platform.statements.reset();
  const response = await client<{ regions?: { edges: unknown[] } }>(query, variables, token ? { token } : {});
  expect(response.body.errors).toBeUndefined();
  return { count: platform.statements.count, data: response.body.data };
}

const regionsQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node {
      name
      team {
        members { role since person { displayName givenName sector region { slug } teamMemberships { role } } }
        anonymousCount totalCount
      }
      organizations(first: 3) {
        totalCount
        edges { node { name kind fieldsOfAction { slug nameDe } supportedBy { name supportedBy { name } } } }
      }
      municipalities: organizations(first: 1, filter: { kinds: [MUNICIPALITY] }) { edges { node { name } } }
    } }
  }
}`;

describe('batching', () => {
  it('answers teams and organisations of 2 or 45 regions with the same statements, for the public and for a team', async () => {
    for (const token of [undefined, await tokens.team('chiemgau'), await tokens.staff()]) {
      const few = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 2 }, token);
      const many = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 45 }, token);
      expect(many.data?.regions?.edges).toHaveLength(45);
      // teams with their people; memberships of those people; organisation pages and counts (2 page arguments);
      // fields of action; supporters (twice, one level each)
      expect(few.count).toBeLessThanOrEqual(10);
      expect(many.count).toBe(few.count);
    }
  });

  it('resolves any number of Person, Organization and TeamMembership references with one statement per relation', async () => {
    const personRefs = (count: number) =>
      demoPeople()
        .slice(0, count)
        .map((person) => ({ __typename: 'Person', id: personId(person.key) }));
    const organizationRefs = (count: number) =>
      demoOrganizations()
        .slice(0, count)
        .map((organization) => ({ __typename: 'Organization', id: organizationId(organization.key) }));
    const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Person { displayName sector teamMemberships { role } }
      ... on Organization { name fieldsOfAction { slug } supportedBy { name } }
    } }`;
    const three = await statementsFor(platform.subgraphClient('people'), entities, {
      representations: [...personRefs(3), ...organizationRefs(3)],
    });
    const many = await statementsFor(platform.subgraphClient('people'), entities, {
      representations: [...personRefs(60), ...organizationRefs(60)],
    });
    // people, their memberships; organisations, their fields, their supporters
    expect(three.count).toBeLessThanOrEqual(5);
    expect(many.count).toBe(three.count);
  });
});
