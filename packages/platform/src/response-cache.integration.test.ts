import { createHash } from 'node:crypto';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation, startTestGateway, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const regionList = '{ regions(first: 20) { edges { node { id name description } } } }';
const withFunding = '{ regions(first: 5) { edges { node { id name funding { balanceCents } } } } }';
const updateRegion = `mutation($input: UpdateRegionInput!) {
  updateRegion(input: $input) { region { description } userErrors { code } } }`;

let federation: Federation;
let uncachedGateway: Awaited<ReturnType<typeof startTestGateway>>;
let staff: string;
let admin: Awaited<ReturnType<typeof keyAdmin>>;

beforeAll(async () => {
  const subgraphs = [regionsSubgraph, partnersSubgraph];
  federation = await startFederation({ subgraphs, events: true, responseCache: true });
  // The same subgraphs behind a gateway that keeps nothing: what a cached answer must equal byte for byte.
  uncachedGateway = await startTestGateway({
    subgraphs: subgraphs.map((subgraph) => ({
      name: subgraph.name,
      routingUrl: federation.subgraphUrls[subgraph.name] ?? '',
      sdl: subgraph.sdl(),
    })),
    subgraphUrls: federation.subgraphUrls,
    jwtSecret: federation.jwtSecret,
    callerKeys: federation.callerKeys,
  });
  staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-0000000000aa' });
  admin = await keyAdmin(federation);
}, 300_000);
afterAll(async () => {
  await uncachedGateway?.close();
  await federation?.stop();
});

interface PostOptions {
  variables?: unknown;
  token?: string;
  headers?: Record<string, string>;
  url?: string;
  body?: Record<string, unknown>;
}

function post(query: string, options: PostOptions = {}) {
  return fetch(options.url ?? federation.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(options.body ?? { query, variables: options.variables ?? {} }),
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('response cache', () => {
  it('answers a repeated public query from the cache, byte for byte as a gateway without it, with Age, ETag and 304', async () => {
    const uncached = await (await post(regionList, { url: uncachedGateway.url })).text();
    // A question is kept from its second asking on: one asked once costs the cache nothing.
    const sighted = await post(regionList);
    expect(sighted.headers.get('cache-status')).toMatch(/fwd=miss$/);
    expect(await sighted.text()).toBe(uncached);
    const first = await post(regionList);
    expect(first.headers.get('cache-status')).toMatch(/fwd=miss; stored/);
    expect(await first.text()).toBe(uncached);
    const second = await post(regionList);
    expect(second.headers.get('cache-status')).toMatch(/; hit; ttl=\d+/);
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    expect(await second.text()).toBe(uncached);
    const etag = second.headers.get('etag') ?? '';
    expect(etag).toBe(first.headers.get('etag'));
    const revalidated = await post(regionList, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('age')).toMatch(/^\d+$/);
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

  it('answers the fetches of a new question asked before from the fetch cache, byte for byte, and drops them on a change', async () => {
    // The same question written differently: a new whole answer each time, made of the same subgraph fetch.
    const spaced = (spaces: number) =>
      `{ regions(first: 6) {${' '.repeat(spaces)}edges { node { id name description } } } }`;
    const fetchHits = async () => {
      const metrics = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
      return Number(
        /mitmach_fetch_cache_lookups_total\{result="hit",service="gateway"\} (\d+)/.exec(metrics)?.[1] ?? 0,
      );
    };
    await post(spaced(1));
    await post(spaced(2));
    const hitsBefore = await fetchHits();
    // The fetch is kept on its second sighting, without holding up that answer: the next ones find it.
    let uncached = '';
    let spaces = 3;
    for (; spaces < 20 && (await fetchHits()) === hitsBefore; spaces += 1) {
      uncached = await (await post(spaced(spaces), { url: uncachedGateway.url })).text();
      const answer = await post(spaced(spaces));
      expect(answer.headers.get('cache-status')).toMatch(/fwd=miss$/);
      expect(await answer.text()).toBe(uncached);
    }
    expect(await fetchHits()).toBeGreaterThan(hitsBefore);

    const listed = JSON.parse(uncached) as { data: { regions: { edges: { node: { id: string } }[] } } };
    const regionId = listed.data.regions.edges[2]?.node.id;
    const description = `Oberes Elbtal, Fassung ${Date.now()}.`;
    const changed = await post(updateRegion, { variables: { input: { regionId, description } }, token: staff });
    expect(((await changed.json()) as { errors?: unknown }).errors).toBeUndefined();
    const changedAt = Date.now();
    let seen = false;
    for (; !seen && Date.now() - changedAt < 5_000; spaces += 1) {
      seen = (await (await post(spaced(spaces))).text()).includes(description);
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
    const { secret } = await admin.create({ allowedOrigins: ['https://zeitung.example'] });
    const callers: Record<string, string>[] = [{}, { 'x-api-key': secret }, {}];
    for (const headers of callers) {
      const publicCaller = await post(withFunding, { headers });
      expect(publicCaller.headers.get('cache-status')).not.toMatch(/hit|stored/);
      const body = (await publicCaller.json()) as { data: { regions: { edges: { node: { funding: unknown } }[] } } };
      expect(body.data.regions.edges.every((edge) => edge.node.funding === null)).toBe(true);
    }
    expect((await post(withFunding, { token: staff })).headers.get('cache-status')).toMatch(/fwd=bypass/);
  });

  it('serves partner keys and anonymous callers from the same entries, as both see the public view', async () => {
    const { secret } = await admin.create({ allowedOrigins: ['https://zeitung.example'] });
    const byAnonymous = '{ regions(first: 7) { edges { node { id slug } } } }';
    await post(byAnonymous);
    expect((await post(byAnonymous)).headers.get('cache-status')).toMatch(/stored/);
    const partnerHit = await post(byAnonymous, { headers: { 'x-api-key': secret } });
    expect(partnerHit.headers.get('cache-status')).toMatch(/; hit;/);
    const byPartner = '{ regions(first: 8) { edges { node { id slug } } } }';
    await post(byPartner, { headers: { 'x-api-key': secret } });
    expect((await post(byPartner, { headers: { 'x-api-key': secret } })).headers.get('cache-status')).toMatch(/stored/);
    expect((await post(byPartner)).headers.get('cache-status')).toMatch(/; hit;/);
  });

  it('checks persisted documents before the cache, and shares a registered document only by its text', async () => {
    const registered = 'query Registered { regions(first: 9) { edges { node { id name } } } }';
    const key = await admin.create({ allowedOrigins: ['https://zeitung.example'], persistedDocumentsOnly: true });
    await admin.registerDocuments(key.id, [{ hash: sha256(registered), document: registered }]);
    const withKey = { 'x-api-key': key.secret };
    // Anonymous callers put the text in the cache; the key that runs only registered documents is still refused it.
    await post(registered);
    expect((await post(registered)).headers.get('cache-status')).toMatch(/stored/);
    expect((await post(registered, { headers: withKey })).status).toBe(403);
    const byId = { documentId: sha256(registered) };
    expect((await post('', { headers: withKey, body: byId })).status).toBe(200);
    const first = await post('', { headers: withKey, body: byId });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-status')).toMatch(/stored/);
    expect((await post('', { headers: withKey, body: byId })).headers.get('cache-status')).toMatch(/; hit;/);
    // The id names a document of that key only: anyone else is refused it, whatever the cache holds.
    expect((await post('', { body: byId })).status).toBe(403);
  });
});
