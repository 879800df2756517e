import { conferenceId, demoConferences } from '@mitmach/demo-network';
import { type GraphqlQuery, graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { clients } from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const { platform } = await startForFile(startConferences);
const staff = await clients(platform).staffToken();

async function statementsFor(client: GraphqlQuery, query: string, variables: Record<string, unknown>, token?: string) {
  platform.statements.reset();
  const response = await client<{ regions?: { edges: unknown[] } }>(query, variables, token ? { token } : {});
  expect(response.body.errors).toBeUndefined();
  return { count: platform.statements.count, data: response.body.data };
}

const conferenceFields = `title status days { date } venue { name } confirmedCount waitlistCount remainingCapacity attendedCount
  agenda { title speakers { id } fieldOfAction { slug } }
  initiativeMap(first: 5) { totalCount edges { node { name organization { id } } } }
  outcomes(first: 5) { totalCount edges { node { title sdgs { number } } } }
  statusHistory { to }`;

const regionsQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node { name conferences(first: 10) { totalCount edges { node { ${conferenceFields} } } } } }
  }
}`;

const staffRegionsQuery = `query($first: Int) {
  regions(first: $first, orderBy: NAME) {
    edges { node { conferences(first: 10) { edges { node {
      title confirmedCount myRegistration { id }
      registrations(first: 100) { totalCount edges { node { status waitlistPosition person { id } } } }
    } } } } }
  }
}`;

describe('batching', () => {
  it('answers Region.conferences with the same number of statements for 2 and for 45 regions', async () => {
    const few = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 2 });
    const many = await statementsFor(graphqlClient(platform.gatewayUrl), regionsQuery, { first: 45 });
    expect(many.data?.regions?.edges).toHaveLength(45);
    // conferences by region, days, registration counts, sessions, initiative maps, outcomes, status histories
    expect(few.count).toBeLessThanOrEqual(7);
    expect(many.count).toBe(few.count);
  });

  it('keeps the count for staff reading registrations and their own, whatever the number of regions', async () => {
    const few = await statementsFor(graphqlClient(platform.gatewayUrl), staffRegionsQuery, { first: 2 }, staff);
    const many = await statementsFor(graphqlClient(platform.gatewayUrl), staffRegionsQuery, { first: 45 }, staff);
    // conferences by region, registration counts, registrations, the caller's registrations
    expect(few.count).toBeLessThanOrEqual(4);
    expect(many.count).toBe(few.count);
  });

  it('resolves any number of Conference references with one statement per relation', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Conference { ${conferenceFields} } } }`;
    const ids = demoConferences()
      .filter((conference) => conference.status !== 'draft')
      .map((conference) => ({ __typename: 'Conference', id: conferenceId(conference.key) }));
    const three = await statementsFor(platform.subgraphClient('conferences'), query, { r: ids.slice(0, 3) });
    const forty = await statementsFor(platform.subgraphClient('conferences'), query, { r: ids.slice(0, 40) });
    // conferences, days, counts, sessions, maps, outcomes, histories
    expect(three.count).toBeLessThanOrEqual(7);
    expect(forty.count).toBe(three.count);
  });

  it('lists upcoming conferences with a bounded number of statements whatever the page size', async () => {
    const query = `query($first: Int) { upcomingConferences(first: $first) { totalCount edges { node { ${conferenceFields} } } } }`;
    const two = await statementsFor(graphqlClient(platform.gatewayUrl), query, { first: 2 });
    const all = await statementsFor(graphqlClient(platform.gatewayUrl), query, { first: 100 });
    // page, count, and the seven relations
    expect(two.count).toBeLessThanOrEqual(9);
    expect(all.count).toBe(two.count);
  });
});
