import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const regionList = '{ regions(first: 20) { edges { node { id name description } } } }';
const withFunding = '{ regions(first: 5) { edges { node { id name funding { balanceCents } } } } }';
const updateRegion = `mutation($input: UpdateRegionInput!) {
  updateRegion(input: $input) { region { description } userErrors { code } }
}`;

let federation: Federation;
let staff: string;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph], events: true, responseCache: true });
  staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-0000000000aa' });
}, 300_000);
afterAll(() => federation?.stop());

function post(query: string, options: { variables?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  return fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
}

describe('response cache', () => {
  it('answers a repeated public query from the cache, byte for byte as uncached, with Age, ETag and 304', async () => {
    const first = await post(regionList);
    const uncached = await first.text();
    expect(first.headers.get('cache-status')).toMatch(/fwd=miss; stored/);
    const second = await post(regionList);
    expect(second.headers.get('cache-status')).toMatch(/; hit; ttl=\d+/);
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    expect(await second.text()).toBe(uncached);
    const etag = second.headers.get('etag') ?? '';
    expect(etag).toBe(first.headers.get('etag'));
    const revalidated = await post(regionList, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const metrics = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/mitmach_response_cache_lookups_total\{result="hit",service="gateway"\} [1-9]/);
  });

  it('shows a change made through the API in the cached answer within a second', async () => {
    const listed = (await (await post(regionList)).json()) as {
      data: { regions: { edges: { node: { id: string } }[] } };
    };
    const regionId = listed.data.regions.edges[3]?.node.id;
    expect((await post(regionList)).headers.get('cache-status')).toMatch(/hit/);
    const description = `Muldental zwischen Leipzig und Grimma, Fassung ${Date.now()}.`;
    const changed = await post(updateRegion, {
      variables: { input: { regionId, description } },
      token: staff,
    });
    expect(((await changed.json()) as { errors?: unknown }).errors).toBeUndefined();
    const changedAt = Date.now();
    let seen = false;
    while (!seen && Date.now() - changedAt < 5_000) {
      seen = (await (await post(regionList)).text()).includes(description);
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen).toBe(true);
    expect(Date.now() - changedAt).toBeLessThan(1_000);
  });

  it("never keeps a signed-in caller's answer, nor serves it to anyone else", async () => {
    const forStaff = await post(withFunding, { token: staff });
    expect(forStaff.headers.get('cache-status')).toMatch(/fwd=bypass/);
    const staffBody = (await forStaff.json()) as { data: { regions: { edges: { node: { funding: unknown } }[] } } };
    expect(staffBody.data.regions.edges.some((edge) => edge.node.funding !== null)).toBe(true);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const anonymous = await post(withFunding);
      expect(anonymous.headers.get('cache-status')).not.toMatch(/hit/);
      const body = (await anonymous.json()) as { data: { regions: { edges: { node: { funding: unknown } }[] } } };
      expect(body.data.regions.edges.every((edge) => edge.node.funding === null)).toBe(true);
    }
    expect((await post(withFunding, { token: staff })).headers.get('cache-status')).toMatch(/fwd=bypass/);
  });
});
