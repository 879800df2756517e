import { actionPoolSubgraph } from '@mitmach/action-pool-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileDocuments, ordinaryQuery } from './hostile-documents';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph, actionPoolSubgraph] });
});
afterAll(() => federation?.stop());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: response.status, body: json };
}

describe('operation limits at the gateway', () => {
  it.each(Object.entries(hostileDocuments))(
    'refuses %s before planning it, naming the limit, the value and the maximum',
    async (_, query) => {
      const before = federation.statements.regions?.count ?? 0;
      const { status, body } = await post({ query });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'OPERATION_LIMIT_EXCEEDED',
        limit: expect.any(String),
        value: expect.any(Number),
        maximum: expect.any(Number),
      });
      expect(federation.statements.regions?.count ?? 0).toBe(before);
    },
  );

  it('keeps answering ordinary requests while hostile documents arrive', async () => {
    let attacking = true;
    const attack = (async () => {
      while (attacking) await Promise.all(Object.values(hostileDocuments).map((query) => post({ query })));
    })();
    // How long they take is measured by npm run bench:edge; here, that every one is answered in full.
    const answers = [];
    for (let i = 0; i < 20; i += 1) answers.push(await post({ query: ordinaryQuery }));
    attacking = false;
    await attack;
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });

  it('counts page sizes as GitHub does, and allows staff more than the public', async () => {
    const query = `{ regions(first: 100) { edges { node {
      actions(first: 100) { edges { node { title adoptions(first: 3) { totalCount } } } } } } } }`;
    const anonymous = await post({ query });
    expect(anonymous.body.errors).toEqual([
      {
        message:
          'The operation may return 30000 objects, counted by page sizes (first × nested first); at most 25000 are allowed. Ask for smaller pages or fewer nested lists.',
        extensions: {
          code: 'OPERATION_LIMIT_EXCEEDED',
          limit: 'cost',
          value: 30_000,
          maximum: 25_000,
          requestId: expect.any(String),
        },
      },
    ]);
    const staff = await tokenFor(federation.jwtSecret, ['staff']);
    const asStaff = await graphqlClient(federation.gatewayUrl)<{ regions: { edges: unknown[] } }>(
      query,
      {},
      { token: staff },
    );
    expect(asStaff.body.errors).toBeUndefined();
    expect(asStaff.body.data?.regions.edges.length).toBeGreaterThan(40);
  });

  it('reads page sizes from variables, and answers application/graphql-response+json with 400', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: 'query($n: Int) { regions(first: $n) { edges { node { actions(first: $n) { totalCount } } } } }',
        variables: { n: 200 },
      }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { limit: 'cost', value: 40_000 } }] });
  });
});
