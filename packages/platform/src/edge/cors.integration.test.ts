import { mkdirSync } from 'node:fs';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, launchBrowser, startFederation, tokenFor } from '@mitmach/testkit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const adminOrigin = 'http://127.0.0.1:4999';
const screenshots = new URL('../../.cache/screenshots/', import.meta.url);

let federation: Federation;
let browser: Browser;
let partnerSite: FastifyInstance;
let partnerOrigin: string;

/** A partner's page on another origin: plain HTML and a fetch, as the README shows it. */
function partnerPage(gatewayUrl: string, token: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partner</title></head><body>
<h1>Mitmach-Regionen in der Nähe</h1><ul id="regions"></ul><p id="with-token"></p>
<script>
  const query = '{ regions(first: 5) { edges { node { name } } } }';
  const ask = (headers) => fetch(${JSON.stringify(gatewayUrl)}, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }),
  });
  window.anonymous = ask({}).then(async (response) => {
    const body = await response.json();
    for (const edge of body.data.regions.edges) {
      const item = document.createElement('li');
      item.textContent = edge.node.name;
      document.getElementById('regions').append(item);
    }
    return { status: response.status, requestId: response.headers.get('x-request-id'), count: body.data.regions.edges.length };
  });
  window.withToken = ask({ authorization: 'Bearer ${token}' }).then(
    (response) => 'answered ' + response.status,
    (error) => 'blocked: ' + error.name,
  ).then((outcome) => { document.getElementById('with-token').textContent = outcome; return outcome; });
</script></body></html>`;
}

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph], gateway: { authorizedOrigins: [adminOrigin] } });
  browser = await launchBrowser();
  const token = await tokenFor(federation.jwtSecret, ['staff']);
  partnerSite = Fastify();
  // The gateway listens on 127.0.0.1; the page comes from localhost on another port, so another origin.
  partnerSite.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(partnerPage(federation.gatewayUrl, token)),
  );
  await partnerSite.listen({ host: '127.0.0.1', port: 0 });
  const address = partnerSite.server.address();
  partnerOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await partnerSite?.close();
  await federation?.stop();
});

function preflight(origin: string, requestHeaders: string) {
  return fetch(federation.gatewayUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });
}

describe('browsers calling the public API', () => {
  it('answers a preflight from any origin for an anonymous read, and lets it read the quota and request headers', async () => {
    const response = await preflight('https://klimaschutz.landkreis.example', 'content-type');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://klimaschutz.landkreis.example');
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-allow-headers')).not.toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();

    const read = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://klimaschutz.landkreis.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-expose-headers')).toBe(
      'x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after, age, etag, cache-status',
    );
  });

  it('allows Authorization only from the configured origins, in the preflight and on the request', async () => {
    expect(
      (await preflight(adminOrigin, 'content-type,authorization')).headers.get('access-control-allow-headers'),
    ).toMatch(/authorization/);
    const foreign = await preflight('https://elsewhere.example', 'content-type,authorization');
    expect(foreign.headers.get('access-control-allow-headers')).not.toMatch(/authorization/);

    const token = await tokenFor(federation.jwtSecret, ['staff']);
    const request = (origin: string) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
      });
    const refused = await request('https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      errors: [
        {
          message:
            'Requests with Authorization are accepted only from the configured origins; https://elsewhere.example is not one of them.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect((await request(adminOrigin)).status).toBe(200);

    // Pages the gateway serves itself (the dashboard) send Authorization from its own origin, which the browser
    // vouches for with Sec-Fetch-Site; a cross-site page is still refused.
    const browserRequest = (origin: string, site: string) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: {
          origin,
          'sec-fetch-site': site,
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
      });
    expect((await browserRequest(new URL(federation.gatewayUrl).origin, 'same-origin')).status).toBe(200);
    expect((await browserRequest('https://elsewhere.example', 'cross-site')).status).toBe(403);
  });

  it('serves a partner page on another origin that reads regions with plain fetch, and keeps its token out', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${partnerOrigin}/`);
      const anonymous = await page.evaluate('window.anonymous');
      expect(anonymous).toMatchObject({ status: 200, count: 5, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      await expect.poll(() => page.locator('#regions li').count()).toBe(5);
      const withToken = await page.evaluate('window.withToken');
      expect(withToken).toBe('blocked: TypeError');
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: new URL('cors-partner-page.png', screenshots).pathname, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
