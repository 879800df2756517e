import { graphqlClient } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerApiKeys } from '../../db/schema';
import { type RunningPartners, startPartners } from '../../testing/start-partners';

let platform: RunningPartners;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  platform = await startPartners();
  query = graphqlClient(platform.gatewayUrl);
});
afterAll(() => platform?.stop());

describe('partnerApiKeys through the gateway', () => {
  it('lists them by name and finds one by id', async () => {
    const [first] = await platform.db
      .insert(partnerApiKeys)
      .values([{ name: 'Zweites' }, { name: 'Erstes' }])
      .returning();
    const list = await query<{ partnerApiKeys: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ partnerApiKeys(first: 10) { totalCount edges { node { name } } } }',
    );
    expect(list.body.data?.partnerApiKeys).toEqual({
      totalCount: 2,
      edges: [{ node: { name: 'Erstes' } }, { node: { name: 'Zweites' } }],
    });
    const one = await query<{ partnerApiKey: { name: string } | null }>(
      'query($id: UUID!) { partnerApiKey(id: $id) { name } }',
      {
        id: first?.id,
      },
    );
    expect(one.body.data?.partnerApiKey).toEqual({ name: first?.name });
  });

  it('answers an unknown id with null and a page size above the limit with BAD_USER_INPUT', async () => {
    const unknown = await query<{ partnerApiKey: null }>(
      '{ partnerApiKey(id: "00000000-0000-4000-8000-000000000000") { name } }',
    );
    expect(unknown.body.data?.partnerApiKey).toBeNull();
    const tooMany = await query('{ partnerApiKeys(first: 1000) { totalCount } }');
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
