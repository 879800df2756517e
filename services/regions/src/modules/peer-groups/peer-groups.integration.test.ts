import { startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { query, staff } = await startForFile(startRegions);

const create = `mutation($input: CreatePeerGroupInput!) {
  createPeerGroup(input: $input) { peerGroup { name moderation regions { slug } } userErrors { code message } }
}`;

const ungrouped = async (): Promise<string[]> => {
  const response = await query<{ regions: { edges: { node: { id: string; peerGroup: unknown } }[] } }>(
    '{ regions(first: 100) { edges { node { id peerGroup { id } } } } }',
  );
  return (response.body.data?.regions.edges ?? [])
    .filter((edge) => edge.node.peerGroup === null)
    .map((edge) => edge.node.id);
};

describe('peer groups', () => {
  it('lists the seeded groups with 5 to 8 regions each', async () => {
    const response = await query<{ peerGroups: { totalCount: number; edges: { node: { regions: unknown[] } }[] } }>(
      '{ peerGroups(first: 20) { totalCount edges { node { name regions { name } } } } }',
    );
    expect(response.body.data?.peerGroups.totalCount).toBeGreaterThanOrEqual(5);
    for (const edge of response.body.data?.peerGroups.edges ?? []) {
      expect(edge.node.regions.length).toBeGreaterThanOrEqual(5);
      expect(edge.node.regions.length).toBeLessThanOrEqual(8);
    }
  });

  it('refuses a group of four and a region that is in another group', async () => {
    const free = await ungrouped();
    expect(free.length).toBeGreaterThanOrEqual(5);
    const four = await query<{ createPeerGroup: { userErrors: { code: string }[] } }>(
      create,
      { input: { slug: 'vier', name: 'Zu klein', moderation: 'PROFESSIONAL', regionIds: free.slice(0, 4) } },
      { token: staff },
    );
    expect(four.body.data?.createPeerGroup.userErrors.map((error) => error.code)).toEqual(['GROUP_SIZE']);

    const taken = await query<{ createPeerGroup: { userErrors: { code: string; message: string }[] } }>(
      create,
      {
        input: {
          slug: 'mit-chiemgau',
          name: 'Mit Chiemgau',
          moderation: 'PROFESSIONAL',
          regionIds: [...free.slice(0, 4), regionSeedId('chiemgau')],
        },
      },
      { token: staff },
    );
    expect(taken.body.data?.createPeerGroup.userErrors).toEqual([
      { code: 'ALREADY_GROUPED', message: 'Already in another peer group: Chiemgau.' },
    ]);
    expect((await ungrouped()).length).toBe(free.length);
  });

  it('forms a group of five free regions', async () => {
    const free = await ungrouped();
    const response = await query<{ createPeerGroup: { peerGroup: { moderation: string; regions: unknown[] } } }>(
      create,
      {
        input: {
          slug: 'neue-runde',
          name: 'Weggemeinschaft Neue Runde',
          moderation: 'PROFESSIONAL',
          regionIds: free.slice(0, 5),
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createPeerGroup.peerGroup.regions).toHaveLength(5);
    expect((await ungrouped()).length).toBe(free.length - 5);
  });
});
