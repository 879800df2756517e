import { callerHeader, createCallerSigner, generateCallerKeys } from '@mitmach/auth';
import { errorCodes, graphqlClient, startFederation, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionsSubgraph } from './subgraph';
import { startRegions } from './testing/start-regions';

const { platform } = await startForFile(startRegions);

const createRegion = `mutation { createRegion(input: {
  slug: "gefaelscht", name: "Gefälscht", kind: REGION, country: "DE", subdivision: "DE-BY",
  description: "Diese Region darf nie angelegt werden.", location: { lat: 48, lng: 11 }, fieldsOfAction: [], sdgs: []
}) { region { id } userErrors { code } } }`;

const staffCaller = { personId: null, roles: ['staff'] as const, regionIds: [] };

const foreignSigner = createCallerSigner(generateCallerKeys().privateKey);

describe('caller context', () => {
  it('answers a subgraph request without the gateway header with 401, _service and _entities included', async () => {
    const subgraph = graphqlClient(platform.subgraphUrl);
    for (const query of [createRegion, '{ _service { sdl } }', '{ _entities(representations: []) { __typename } }']) {
      const response = await subgraph(query);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a caller header signed by another key, or signed for another subgraph', async () => {
    const forged = await foreignSigner.sign(staffCaller, 'regions');
    const forPeople = await platform.callerHeaderFor(staffCaller, 'people');
    for (const header of [forged, forPeople]) {
      const response = await graphqlClient(platform.subgraphUrl)(
        createRegion,
        {},
        { headers: { [callerHeader]: header } },
      );
      expect(response.status).toBe(401);
    }
  });

  it('ignores a caller header a client sends to the gateway, which signs its own', async () => {
    const forged = await foreignSigner.sign(staffCaller, 'regions');
    const response = await graphqlClient(platform.gatewayUrl)(
      createRegion,
      {},
      { headers: { [callerHeader]: forged } },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('accepts the header the gateway signs for a verified token', async () => {
    const header = await platform.callerHeaderFor(staffCaller, 'regions');
    const response = await graphqlClient(platform.subgraphUrl)<{ createRegion: { region: { id: string } } }>(
      createRegion.replace('gefaelscht', 'echt-signiert'),
      {},
      { headers: { [callerHeader]: header } },
    );
    expect(response.body.data?.createRegion.region.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets unsigned requests in as anonymous only when ALLOW_UNSIGNED_CALLERS says so', async () => {
    const open = await startFederation({ subgraphs: [regionsSubgraph], seed: false, allowUnsignedCallers: true });
    try {
      const subgraph = graphqlClient(open.subgraphUrls.regions as string);
      const response = await subgraph<{ regions: { totalCount: number } }>('{ regions(first: 1) { totalCount } }');
      expect(response.body.data?.regions.totalCount).toBe(0);
      expect(errorCodes(await subgraph(createRegion))).toEqual(['FORBIDDEN']);
    } finally {
      await open.stop();
    }
  });

  it('answers a bad or foreign token with 401 UNAUTHENTICATED', async () => {
    const client = graphqlClient(platform.gatewayUrl);
    const foreign = await tokenFor('some-other-identity-provider-secret-0123456789', ['staff']);
    for (const token of [foreign, 'not.a.token']) {
      const response = await client('{ regions(first: 1) { totalCount } }', {}, { token });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it("keeps the answers of signed-in people out of shared caches, and shares partners' as they see the public view", async () => {
    const client = graphqlClient(platform.gatewayUrl);
    const query = '{ regions(first: 1) { totalCount } }';
    const member = await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000ab' });
    expect((await client(query, {}, { token: member })).headers.get('cache-control')).toBe('max-age=300, private');
    const partner = await tokenFor(platform.jwtSecret, ['partner']);
    expect((await client(query, {}, { token: partner })).headers.get('cache-control')).toBe('max-age=300, public');
  });
});
