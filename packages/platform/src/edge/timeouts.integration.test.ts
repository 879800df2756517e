import { connect } from 'node:net';
import { regionsSubgraph } from '@mitmach/regions-service';
import { errorCodes, type Federation, graphqlClient, startFederation } from '@mitmach/testkit';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

const count = '{ regions(first: 1) { totalCount } }';

/** Holds an exclusive lock on the regions table in another session, so that every read of it waits. */
async function lockRegions(federation: Federation) {
  if (!federation.databaseUrl) throw new Error('this test needs the Postgres server');
  const session = postgres(federation.databaseUrl, { max: 1, onnotice: () => {} });
  const locked = new Promise<void>((resolveLocked) => {
    const held = session.begin(async (sql) => {
      await sql`lock table regions.regions in access exclusive mode`;
      resolveLocked();
      await release;
    });
    held.catch(() => {});
  });
  let unlock: () => void = () => {};
  const release = new Promise<void>((resolve) => {
    unlock = resolve;
  });
  await locked;
  return async () => {
    unlock();
    await session.end({ timeout: 5 });
  };
}

describe('timeouts', () => {
  const started: Federation[] = [];
  afterAll(() => Promise.all(started.map((federation) => federation.stop())));

  it('gives up on a subgraph that does not answer in time, with GATEWAY_TIMEOUT naming it', async () => {
    const federation = await startFederation({
      subgraphs: [regionsSubgraph],
      seed: false,
      gateway: { subgraphTimeoutMs: 500 },
    });
    started.push(federation);
    const unlock = await lockRegions(federation);
    try {
      const before = performance.now();
      const response = await graphqlClient(federation.gatewayUrl)(count);
      expect(performance.now() - before).toBeLessThan(3_000);
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'The regions service did not answer within 500 ms.',
        extensions: { code: 'GATEWAY_TIMEOUT', service: 'regions' },
      });
    } finally {
      await unlock();
    }
  });

  it('cancels a database statement that runs too long, with DATABASE_TIMEOUT', async () => {
    const federation = await startFederation({ subgraphs: [regionsSubgraph], seed: false, statementTimeoutMs: 300 });
    started.push(federation);
    const unlock = await lockRegions(federation);
    try {
      const response = await graphqlClient(federation.gatewayUrl)(count);
      expect(errorCodes(response)).toEqual(['DATABASE_TIMEOUT']);
      expect(response.body.errors?.[0]?.message).toBe(
        'The database did not answer in time; try again, or ask for less.',
      );
    } finally {
      await unlock();
    }
    expect((await graphqlClient(federation.gatewayUrl)<{ regions: { totalCount: number } }>(count)).body.data).toEqual({
      regions: { totalCount: 0 },
    });
  });

  it('closes a connection whose headers do not arrive in time, and refuses oversized headers and bodies', async () => {
    const federation = await startFederation({
      subgraphs: [regionsSubgraph],
      seed: false,
      gateway: { http: { headersTimeoutMs: 300, requestTimeoutMs: 600, bodyBytes: 64 * 1024, headerBytes: 8 * 1024 } },
    });
    started.push(federation);
    const { hostname, port } = new URL(federation.gatewayUrl);
    const slow = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\n'));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('the connection stayed open')), 5_000);
    });
    expect(slow).toMatch(/^HTTP\/1\.1 408/);

    const large = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: count, variables: { padding: 'x'.repeat(100_000) } }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });

    const bigHeader = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-padding': 'x'.repeat(10_000) },
      body: JSON.stringify({ query: count }),
    });
    expect(bigHeader.status).toBe(431);
  });
});
