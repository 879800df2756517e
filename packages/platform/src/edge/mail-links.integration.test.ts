import { peopleSubgraph } from '@mitmach/people-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The pages behind the links in e-mails are public: anyone may send anything to them, as often as they like.
let federation: Federation;
let baseUrl: string;
let nextAddress = 1;

/** Each test comes from an address of its own, so that only the quota test uses its quota up. */
const fromAddress = () => ({ 'x-forwarded-for': `203.0.113.${nextAddress++}` });

beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, peopleSubgraph],
    seed: false,
    gateway: {
      quotas: { anonymousPerMinute: 5, authenticatedPerMinute: 1_000, redis: null },
      trustedProxies: ['127.0.0.1'],
    },
  });
  baseUrl = federation.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => federation?.stop());

const form = (body: string) => ({ 'content-type': 'application/x-www-form-urlencoded', body });

describe('the links in e-mails, through the gateway', () => {
  it('ask before they act, and say so when the link carries no token', async () => {
    const headers = fromAddress();
    const page = await fetch(`${baseUrl}/mail/confirm?token=abc`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('<form method="post"');
    const bare = await fetch(`${baseUrl}/mail/cancel`, { headers });
    expect(bare.status).toBe(400);
    expect(bare.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuse a forged or garbled token with a page that says the link is not valid, for every kind of link', async () => {
    for (const path of ['/mail/confirm', '/mail/confirm-application', '/mail/cancel', '/mail/unsubscribe']) {
      for (const token of ['forged.token', '%%%', 'x'.repeat(2_000)]) {
        const { body, ...type } = form(`token=${encodeURIComponent(token)}`);
        const headers = { ...fromAddress(), ...type };
        const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body });
        expect([path, token.slice(0, 20), response.status]).toEqual([path, token.slice(0, 20), 404]);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      }
    }
  });

  it('refuse an oversized form and a body of another kind with a client error, never an internal one', async () => {
    const headers = fromAddress();
    const { body: _small, ...type } = form('');
    const oversized = await fetch(`${baseUrl}/mail/confirm`, {
      method: 'POST',
      headers: { ...headers, ...type },
      body: `token=${'a'.repeat(10_000)}`,
    });
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toMatchObject({
      errors: [{ message: expect.stringMatching(/too large/i), extensions: { code: 'BAD_REQUEST' } }],
    });
    const json = await fetch(`${baseUrl}/mail/cancel`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'forged' }),
    });
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({
      errors: [
        {
          message: 'The links in e-mails take a form (application/x-www-form-urlencoded) or no body at all.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    // RFC 8058: a mail client's one-click unsubscribe may come without a body, its token in the URL.
    const oneClick = await fetch(`${baseUrl}/mail/unsubscribe?token=forged.token`, { method: 'POST', headers });
    expect(oneClick.status).toBe(404);
  });

  it('count towards the caller’s quota and answer 429 with Retry-After once it is used up', async () => {
    const headers = fromAddress();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const { body, ...type } = form('token=forged.token');
      const response = await fetch(`${baseUrl}/mail/confirm`, {
        method: 'POST',
        headers: { ...headers, ...type },
        body,
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('show the development mailbox where no mail server is configured', async () => {
    const mailbox = await fetch(`${baseUrl}/dev/mailbox`, { headers: fromAddress() });
    expect(mailbox.status).toBe(200);
    expect(mailbox.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
