import { actionPoolSubgraph } from '@mitmach/action-pool-service';
import { conferencesSubgraph } from '@mitmach/conferences-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, type GraphqlQuery, graphqlClient, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const regionsWithActions =
  '{ regions(first: 20) { edges { node { name actions(first: 3) { edges { node { title } } } } } } }';

interface RegionsWithActions {
  regions: { edges: { node: { name: string; actions: unknown } }[] };
}

describe('one subgraph down: the rest of the answer stands', () => {
  let federation: Federation;
  let query: GraphqlQuery;

  beforeAll(async () => {
    federation = await startFederation({ subgraphs: [regionsSubgraph, conferencesSubgraph, actionPoolSubgraph] });
    query = graphqlClient(federation.gatewayUrl);
    await federation.mounted['action-pool']?.server.app.close();
  }, 300_000);
  afterAll(() => federation?.stop());

  it('answers every region name, with null actions and an error at each actions path naming the service', async () => {
    const { status, body } = await query<RegionsWithActions>(regionsWithActions);
    expect(status).toBe(200);
    const edges = body.data?.regions.edges ?? [];
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      expect(node.name).toEqual(expect.any(String));
      expect(node.actions).toBeNull();
    }
    expect(body.errors?.map((error) => error.path)).toEqual(
      edges.map((_edge, index) => ['regions', 'edges', index, 'node', 'actions']),
    );
    for (const error of body.errors ?? []) {
      expect(error.message).toBe('The action-pool service is unavailable.');
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'action-pool' });
    }
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
  });

  it("reports a root field of the failing service at the field's path", async () => {
    const { body } = await query('{ actions(first: 1) { totalCount } }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['actions'],
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'action-pool' }),
      }),
    ]);
  });

  it('stops asking a subgraph that keeps failing, and the gateway stays ready, degraded', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await query(regionsWithActions);
    const ready = await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/health/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'degraded',
      subgraphs: { regions: 'ready', conferences: 'ready', 'action-pool': 'unavailable' },
      circuits: { regions: 'closed', conferences: 'closed', 'action-pool': 'open' },
    });
  });

  it('keeps the answers of the subgraphs that work whole', async () => {
    const { body } = await query<{ upcomingConferences: { edges: { node: { region: { name: string } } }[] } }>(
      '{ upcomingConferences(first: 5) { edges { node { title region { name } } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.upcomingConferences.edges.length).toBeGreaterThan(0);
    for (const { node } of body.data?.upcomingConferences.edges ?? [])
      expect(node.region.name).toEqual(expect.any(String));
  });
});
