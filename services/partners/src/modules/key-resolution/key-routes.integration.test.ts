import { anonymousCaller, callerHeader } from '@mitmach/auth';
import { startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { startPartners } from '../../testing/start-partners';

const { platform } = await startForFile(startPartners);
const signed = { [callerHeader]: await platform.callerHeaderFor(anonymousCaller, 'partners') };

function post(path: string, body: string, headers: Record<string, string> = signed) {
  return fetch(new URL(path, platform.subgraphUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

async function createdSecret(): Promise<{ id: string; secret: string }> {
  const staff = await tokenFor(platform.jwtSecret, ['staff']);
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
    body: JSON.stringify({
      query: `mutation { createPartnerApiKey(input: { name: "Zeitung", contactEmail: "online@zeitung.example",
        allowedOrigins: ["https://zeitung.example"], requestsPerMinute: 60 }) { secret apiKey { id } } }`,
    }),
  });
  const body = (await response.json()) as { data: { createPartnerApiKey: { secret: string; apiKey: { id: string } } } };
  return { id: body.data.createPartnerApiKey.apiKey.id, secret: body.data.createPartnerApiKey.secret };
}

describe('the key routes the gateway calls', () => {
  it('resolve a secret to its key, and an unknown one to unknown', async () => {
    const { id, secret } = await createdSecret();
    expect(await (await post('/keys/resolve', JSON.stringify({ secret }))).json()).toEqual({
      status: 'active',
      key: {
        id,
        name: 'Zeitung',
        allowedOrigins: ['https://zeitung.example'],
        requestsPerMinute: 60,
        persistedDocumentsOnly: false,
      },
    });
    expect(await (await post('/keys/resolve', JSON.stringify({ secret: `${secret}x` }))).json()).toEqual({
      status: 'unknown',
    });
  });

  it('record last uses in one batch, never moving a time back', async () => {
    const { id } = await createdSecret();
    const later = '2026-12-01T10:00:00.000Z';
    const response = await post(
      '/keys/usage',
      JSON.stringify({
        uses: [
          { keyId: id, at: later },
          { keyId: id, at: '2026-12-01T09:00:00.000Z' },
        ],
      }),
    );
    expect(response.status).toBe(204);
    const staff = await tokenFor(platform.jwtSecret, ['staff']);
    const key = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
      body: JSON.stringify({ query: 'query($id: UUID!) { partnerApiKey(id: $id) { lastUsedAt } }', variables: { id } }),
    });
    expect(await key.json()).toEqual({ data: { partnerApiKey: { lastUsedAt: later } } });
  });

  it('answer 401 without the gateway header, 400 to a body that is not what they take, 413 to a huge one', async () => {
    expect((await post('/keys/resolve', JSON.stringify({ secret: 'mk_x' }), {})).status).toBe(401);
    const wrong = await post('/keys/usage', JSON.stringify({ uses: [{ keyId: 'nope', at: 'yesterday' }] }));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/uses\.0\.keyId/) }] });
    expect((await post('/keys/resolve', JSON.stringify({ secret: 'x'.repeat(10_000) }))).status).toBe(413);
    const document = await fetch(new URL('/keys/not-a-uuid/documents/abc', platform.subgraphUrl), { headers: signed });
    expect(document.status).toBe(400);
  });
});
