import { regionSeedId, regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, type GraphqlQuery, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const regionList = '{ regions(first: 20) { edges { node { id name } } } }';
const updateRegion = `mutation($input: UpdateRegionInput!) {
  updateRegion(input: $input) { region { description } userErrors { code } }
}`;

let federation: Federation;
let query: GraphqlQuery;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph] });
  query = graphqlClient(federation.gatewayUrl);
}, 300_000);
afterAll(() => federation?.stop());

const regionStatements = () => federation.statements.regions?.count ?? 0;
const resetStatements = () => federation.statements.regions?.reset();

/**
 * Sends the requests while the regions table is locked, so the subgraph cannot answer the first fetch before every
 * request has reached the gateway; returns once the lock is gone and all are answered.
 */
async function whileRegionsLocked<T>(send: () => Promise<T>[]): Promise<T[]> {
  let answers: Promise<T[]> = Promise.resolve([]);
  await federation.db.transaction(async (transaction) => {
    await transaction.execute(sql`lock table regions.regions in access exclusive mode`);
    answers = Promise.all(send());
    const until = Date.now() + 10_000;
    while (regionStatements() === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    // The first fetch is blocked at the database; the others reach the gateway meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  });
  return answers;
}

describe('identical reads in flight', () => {
  it('share one subgraph fetch, and every caller gets the whole answer', async () => {
    resetStatements();
    const alone = await query(regionList);
    const statementsOfOne = regionStatements();
    expect(statementsOfOne).toBeGreaterThan(0);

    resetStatements();
    const answers = await whileRegionsLocked(() => Array.from({ length: 20 }, () => query(regionList)));
    expect(regionStatements()).toBe(statementsOfOne);
    for (const answer of answers) expect(answer.body).toEqual(alone.body);
  });

  it('are not shared between caller classes', async () => {
    const staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-0000000000aa' });
    resetStatements();
    await query(regionList);
    const statementsOfOne = regionStatements();

    resetStatements();
    const answers = await whileRegionsLocked(() => [
      query(regionList),
      query(regionList),
      query(regionList, {}, { token: staff }),
      query(regionList, {}, { token: staff }),
    ]);
    expect(regionStatements()).toBe(2 * statementsOfOne);
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
  });
});

describe('mutations', () => {
  it('are never merged, however alike', async () => {
    const staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-0000000000aa' });
    const input = { regionId: regionSeedId('wurzen'), description: 'Muldental zwischen Leipzig und Grimma.' };
    resetStatements();
    const answers = await whileRegionsLocked(() =>
      Array.from({ length: 5 }, () => query(updateRegion, { input }, { token: staff })),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    // Each execution locks the region's row; only the first changes it, the others find nothing left to change.
    const executions = federation.statements.regions?.statements.filter((statement) => / for update$/i.test(statement));
    expect(executions).toHaveLength(5);
  });
});
