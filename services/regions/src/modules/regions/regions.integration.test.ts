import { anonymousCaller, callerHeader } from '@mitmach/auth';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { platform, query } = await startForFile(startRegions);

interface RegionsData {
  regions: {
    totalCount: number;
    edges: { cursor: string; node: { name: string; country: string; location: { lat: number; lng: number } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const regionCount = async () =>
  (await query<RegionsData>('{ regions(first: 0) { totalCount } }')).body.data?.regions.totalCount;

describe('public region queries through the gateway', () => {
  it('lists the newest regions first, from all four countries, with locations', async () => {
    const response = await query<RegionsData>(
      '{ regions(first: 5) { totalCount edges { node { name country location { lat lng } } } } }',
    );
    expect(response.status).toBe(200);
    const regions = response.body.data?.regions;
    expect(regions?.totalCount).toBeGreaterThanOrEqual(40);
    expect(new Set(regions?.edges.map((edge) => edge.node.country))).toEqual(new Set(['DE', 'AT', 'CH', 'IT']));
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('filters by country, status, field of action and bounding box', async () => {
    const southTyrol = await query<RegionsData>(
      `{ regions(first: 100, filter: { within: { south: 46.2, west: 10.3, north: 47.1, east: 12.5 } }) {
          totalCount edges { node { name country location { lat lng } } } } }`,
    );
    const countries = southTyrol.body.data?.regions.edges.map((edge) => edge.node.country);
    expect(countries?.length).toBeGreaterThanOrEqual(4);
    expect(countries).toContain('IT');
    for (const edge of southTyrol.body.data?.regions.edges ?? []) {
      expect(edge.node.location.lat).toBeGreaterThanOrEqual(46.2);
      expect(edge.node.location.lng).toBeLessThanOrEqual(12.5);
    }

    const austrianActive = await query<{
      regions: { edges: { node: { country: string; status: string; fieldsOfAction: { slug: string }[] } }[] };
    }>(
      `{ regions(first: 100, filter: { countries: ["AT"], statuses: [ACTIVE, SELF_ORGANISED], fieldsOfAction: ["energy"] }) {
          edges { node { country status fieldsOfAction { slug } } } } }`,
    );
    const nodes = austrianActive.body.data?.regions.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.country).toBe('AT');
      expect(['ACTIVE', 'SELF_ORGANISED']).toContain(node.status);
      expect(node.fieldsOfAction.map((field) => field.slug)).toContain('energy');
    }
  });

  it('pages with cursors without gaps or repeats', async () => {
    const total = await regionCount();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof query<RegionsData>>> = await query<RegionsData>(
        'query($after: String) { regions(first: 7, after: $after, orderBy: NAME) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const regions = page.body.data?.regions;
      seen.push(...(regions?.edges.map((edge) => edge.node.name) ?? []));
      if (!regions?.pageInfo.hasNextPage) break;
      after = regions.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total ?? -1);
    expect(new Set(seen).size).toBe(seen.length);
    const onePage = await query<RegionsData>('{ regions(first: 100, orderBy: NAME) { edges { node { name } } } }');
    expect(seen).toEqual(onePage.body.data?.regions.edges.map((edge) => edge.node.name));
  });

  it('finds a region by id and by slug with its peer group and taxonomies', async () => {
    const id = regionSeedId('bodensee-oberschwaben');
    const byId = await query<{ region: { slug: string; name: string; firstConferenceOn: string } }>(
      'query($id: UUID!) { region(id: $id) { slug name firstConferenceOn } }',
      { id },
    );
    expect(byId.body.data?.region).toMatchObject({ slug: 'bodensee-oberschwaben', name: 'Bodensee-Oberschwaben' });
    expect(byId.body.data?.region.firstConferenceOn.startsWith('2017')).toBe(true);

    const bySlug = await query<{
      regionBySlug: { id: string; peerGroup: { regions: { slug: string }[] }; sdgs: { number: number }[] };
    }>('{ regionBySlug(slug: "chiemgau") { id peerGroup { regions { slug } } sdgs { number } } }');
    const region = bySlug.body.data?.regionBySlug;
    expect(region?.id).toBe(regionSeedId('chiemgau'));
    expect(region?.peerGroup.regions.map((member) => member.slug)).toContain('chiemgau');
    expect(region?.peerGroup.regions.length).toBeGreaterThanOrEqual(5);
    expect(region?.sdgs.length).toBeGreaterThan(0);
  });

  it('serves the map as GeoJSON in longitude, latitude order', async () => {
    const response = await query<{
      regionsGeoJson: {
        type: string;
        features: { geometry: { coordinates: number[] }; properties: { slug: string } }[];
      };
    }>(
      '{ regionsGeoJson(filter: { countries: ["CH"] }) { type features { geometry { type coordinates } properties { slug } } } }',
    );
    const collection = response.body.data?.regionsGeoJson;
    expect(collection?.type).toBe('FeatureCollection');
    const winterthur = collection?.features.find((feature) => feature.properties.slug === 'winterthur');
    expect(winterthur?.geometry.coordinates[0]).toBeCloseTo(8.72, 1);
    expect(winterthur?.geometry.coordinates[1]).toBeCloseTo(47.5, 1);
  });
});

describe('bad input gets a precise error', () => {
  it('reports an unknown id as NOT_FOUND', async () => {
    const response = await query('{ region(id: "4d1f1d36-0000-4000-8000-000000000000") { name } }');
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.body.data?.region).toBeNull();
  });

  it('rejects a malformed slug and a malformed UUID', async () => {
    expect(errorCodes(await query('{ regionBySlug(slug: "Not A Slug!") { name } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await query('{ regionBySlug(slug: "no-such-region") { name } }'))).toEqual(['NOT_FOUND']);
    const badId = await query('{ region(id: "42") { name } }');
    expect(badId.body.errors?.[0]?.message).toMatch(/UUID/);
  });

  it('refuses a page size over the maximum', async () => {
    const response = await query('{ regions(first: 101) { totalCount } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe('"first" must be between 0 and 100, got 101');
  });

  it('refuses a bounding box outside the globe', async () => {
    const response = await query(
      '{ regions(filter: { within: { south: 10, west: 0, north: 123, east: 5 } }) { totalCount } }',
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers a malformed JSON body with 400 BAD_REQUEST at the gateway and at the subgraph', async () => {
    const signed = { [callerHeader]: await platform.callerHeaderFor(anonymousCaller, 'regions') };
    for (const [url, headers] of [
      [platform.gatewayUrl, {}],
      [platform.subgraphUrl, signed],
    ] as const) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"query": "{ regions { totalCount } "',
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]?.message).toMatch(/not valid JSON/);
    }
  });

  it('never sends stack traces', async () => {
    const response = await query('{ region(id: "4d1f1d36-0000-4000-8000-000000000000") { name } }');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
