import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, graphqlClient, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph], seed: false, gateway: { production: true } });
});
afterAll(() => federation?.stop());

describe('a production gateway', () => {
  it('answers no introspection and suggests no field names', async () => {
    const query = graphqlClient(federation.gatewayUrl);
    const introspection = await query('{ __schema { types { name } } }');
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const typo = await query('{ regions(first: 1) { totalCont } }');
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "totalCont" on type "RegionConnection".');
  });

  it('publishes the API schema for partners at /schema.graphql', async () => {
    const response = await fetch(new URL('/schema.graphql', federation.gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const published = await response.text();
    expect(published).toMatch(/^type Region \{/m);
    expect(published).not.toMatch(/join__|@link|_entities/);
  });
});
