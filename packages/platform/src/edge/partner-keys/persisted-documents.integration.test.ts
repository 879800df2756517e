import { createHash } from 'node:crypto';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithKey } from './read-with-key.testing';

let federation: Federation;
let admin: Awaited<ReturnType<typeof keyAdmin>>;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph, partnersSubgraph] });
  admin = await keyAdmin(federation);
});
afterAll(() => federation?.stop());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const regionNames = 'query RegionNames { regions(first: 2) { edges { node { name } } } }';
const somethingNew = 'query Other { regions(first: 1) { totalCount } }';

async function persistedOnlyKey() {
  const key = await admin.create({ allowedOrigins: ['https://zeitung.example'], persistedDocumentsOnly: true });
  expect(await admin.registerDocuments(key.id, [{ hash: sha256(regionNames), document: regionNames }])).toMatchObject({
    added: 1,
    userErrors: [],
  });
  return key;
}

const persistedQuery = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

describe('persisted documents', () => {
  it('runs a registered document by its documentId, with or without the sha256: prefix, by POST and GET', async () => {
    const { secret } = await persistedOnlyKey();
    for (const documentId of [sha256(regionNames), `sha256:${sha256(regionNames)}`]) {
      const answer = await readWithKey(federation.gatewayUrl, secret, { body: { documentId } });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.regions?.edges).toHaveLength(2);
    }
    const byHash = await readWithKey(federation.gatewayUrl, secret, {
      body: { extensions: persistedQuery(regionNames) },
    });
    expect(byHash.body.data?.regions?.edges).toHaveLength(2);
    const url = new URL(federation.gatewayUrl);
    url.searchParams.set('documentId', sha256(regionNames));
    const get = await fetch(url, { headers: { 'x-api-key': secret, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { regions: { edges: unknown[] } } }).data.regions.edges).toHaveLength(2);
  });

  it('refuses a persisted-documents-only key that sends a document of its own, by POST or GET', async () => {
    const { secret } = await persistedOnlyKey();
    const sent = await readWithKey(federation.gatewayUrl, secret, { body: { query: regionNames } });
    expect(sent.status).toBe(403);
    expect(sent.body.errors?.[0]).toMatchObject({
      message: 'This API key runs only the documents registered for it; send a registered document as documentId.',
      extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' },
    });
    const url = new URL(federation.gatewayUrl);
    url.searchParams.set('query', somethingNew);
    const get = await fetch(url, { headers: { 'x-api-key': secret, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(403);
  });

  it('does not let such a key register a new document through automatic persisted queries', async () => {
    const { secret } = await persistedOnlyKey();
    const body = { query: somethingNew, extensions: persistedQuery(somethingNew) };
    const registering = await readWithKey(federation.gatewayUrl, secret, { body });
    expect(registering.status).toBe(403);
    expect(registering.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    const hashOnly = await readWithKey(federation.gatewayUrl, secret, {
      body: { extensions: persistedQuery(somethingNew) },
    });
    expect(hashOnly.status).toBe(403);
    // A registered hash with another document's text does not smuggle the other document in.
    const smuggled = await readWithKey(federation.gatewayUrl, secret, {
      body: { query: somethingNew, extensions: persistedQuery(regionNames) },
    });
    expect(smuggled.status).toBe(403);
    const other = await admin.create({ allowedOrigins: ['https://zeitung.example'], persistedDocumentsOnly: true });
    const foreign = await readWithKey(federation.gatewayUrl, other.secret, {
      body: { documentId: sha256(regionNames) },
    });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('keeps automatic persisted queries working for everyone else', async () => {
    const anonymous = async (body: Record<string, unknown>) => {
      const response = await fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    };
    const unique = `query Fresh${Date.now()} { regions(first: 1) { totalCount } }`;
    expect((await anonymous({ extensions: persistedQuery(unique) })).errors?.[0]?.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await anonymous({ query: unique, extensions: persistedQuery(unique) })).data).toBeDefined();
    expect((await anonymous({ extensions: persistedQuery(unique) })).data).toMatchObject({
      regions: { totalCount: expect.any(Number) },
    });
    const { secret } = await admin.create({ allowedOrigins: ['https://zeitung.example'] });
    const keyed = `query Keyed${Date.now()} { regions(first: 1) { totalCount } }`;
    await readWithKey(federation.gatewayUrl, secret, { body: { query: keyed, extensions: persistedQuery(keyed) } });
    const again = await readWithKey(federation.gatewayUrl, secret, { body: { extensions: persistedQuery(keyed) } });
    expect(again.status).toBe(200);
  });
});
