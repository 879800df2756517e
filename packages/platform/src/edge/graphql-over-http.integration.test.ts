import { createHash } from 'node:crypto';
import { actionPoolSubgraph } from '@mitmach/action-pool-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { errorCodes, type Federation, graphqlClient, startFederation } from '@mitmach/testkit';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph, actionPoolSubgraph] });
});
afterAll(() => federation?.stop());

describe('GraphQL over HTTP at the gateway', () => {
  it('passes the graphql-http server audit without a MUST or SHOULD failure', async () => {
    const results = await Promise.all(serverAudits({ url: federation.gatewayUrl }).map((audit) => audit.fn()));
    const failures = results
      .filter((result) => result.status !== 'ok' && /^(MUST|SHOULD) /.test(result.name))
      .map((result) => `${result.name}: ${result.status === 'ok' ? '' : result.reason}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });
});

describe('client mistakes are client errors', () => {
  const query = () => graphqlClient(federation.gatewayUrl);

  it('refuses a NUL character in an argument or a variable, naming where it is', async () => {
    const literal = await query()('{ actions(filter: { search: "\\u0000" }) { totalCount } }');
    expect(literal.body.errors).toMatchObject([
      {
        message: 'Argument actions(filter).search contains a NUL character (\\u0000), which no text may contain.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'actions(filter).search' },
      },
    ]);
    const variable = await query()('query($s: String) { actions(filter: { search: $s }) { totalCount } }', {
      s: 'Kantine\u0000',
    });
    expect(variable.body.errors).toMatchObject([
      { message: 'Variable $s contains a NUL character (\\u0000), which no text may contain.' },
    ]);
  });

  it('refuses a string longer than any field accepts', async () => {
    const response = await query()('query($s: String) { actions(filter: { search: $s }) { totalCount } }', {
      s: 'x'.repeat(10_001),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe(
      'Variable $s is longer than 10000 characters, more than any field accepts.',
    );
  });

  it('answers malformed JSON with 400 and says so', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ regions { totalCount } "',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [
        { message: expect.stringMatching(/^Request body is not valid JSON/), extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('answers a persisted query whose hash does not match its document as a bad request', async () => {
    const document = '{ regions(first: 1) { totalCount } }';
    const wrong = createHash('sha256').update('{ something else }').digest('hex');
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
