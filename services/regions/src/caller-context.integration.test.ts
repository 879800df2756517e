import { callerHeader, signCallerHeader } from '@mitmach/auth';
import { errorCodes, graphqlClient, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRegions, startRegions } from './testing/start-regions';

let platform: RunningRegions;

beforeAll(async () => {
  platform = await startRegions();
});
afterAll(() => platform?.stop());

const createRegion = `mutation { createRegion(input: {
  slug: "gefaelscht", name: "Gefälscht", kind: REGION, country: "DE", subdivision: "DE-BY",
  description: "Diese Region darf nie angelegt werden.", location: { lat: 48, lng: 11 }, fieldsOfAction: [], sdgs: []
}) { region { id } userErrors { code } } }`;

const staffCaller = { personId: null, roles: ['staff'] as const, regionIds: [] };

describe('caller context', () => {
  it('treats a subgraph caller without the gateway header as anonymous', async () => {
    expect(errorCodes(await graphqlClient(platform.subgraphUrl)(createRegion))).toEqual(['FORBIDDEN']);
  });

  it('ignores a caller header signed with another secret', async () => {
    const forged = await signCallerHeader(staffCaller, 'an-attacker-does-not-know-the-real-secret!');
    const response = await graphqlClient(platform.subgraphUrl)(
      createRegion,
      {},
      { headers: { [callerHeader]: forged } },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('ignores a forged caller header sent to the gateway, which signs its own', async () => {
    const forged = await signCallerHeader(staffCaller, platform.callerSecret);
    const response = await graphqlClient(platform.gatewayUrl)(
      createRegion,
      {},
      { headers: { [callerHeader]: forged } },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('accepts the header the gateway signs for a verified token', async () => {
    const header = await signCallerHeader(staffCaller, platform.callerSecret);
    const response = await graphqlClient(platform.subgraphUrl)<{ createRegion: { region: { id: string } } }>(
      createRegion.replace('gefaelscht', 'echt-signiert'),
      {},
      { headers: { [callerHeader]: header } },
    );
    expect(response.body.data?.createRegion.region.id).toMatch(/^[0-9a-f-]{36}$/);
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

  it('keeps authenticated answers out of shared caches', async () => {
    const token = await tokenFor(platform.jwtSecret, ['partner']);
    const response = await graphqlClient(platform.gatewayUrl)('{ regions(first: 1) { totalCount } }', {}, { token });
    expect(response.headers.get('cache-control')).toBe('max-age=300, private');
  });
});
