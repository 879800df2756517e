import { mkdirSync } from 'node:fs';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, launchBrowser, startFederation } from '@mitmach/testkit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const screenshots = new URL('../../../.cache/screenshots/', import.meta.url);

let federation: Federation;
let browser: Browser;
const sites: FastifyInstance[] = [];

/** A partner's page as the README shows it: a fetch with the key, reading the regions and the quota headers. */
function partnerPage(gatewayUrl: string, secret: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Regionen</title></head><body>
<h1>Mitmach-Regionen</h1><ul id="regions"></ul><p id="quota"></p><p id="error"></p>
<script>
  window.result = fetch(${JSON.stringify(gatewayUrl)}, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': ${JSON.stringify(secret)} },
    body: JSON.stringify({ query: '{ regions(first: 5) { edges { node { name } } } }' }),
  }).then(async (response) => {
    const body = await response.json();
    const quota = {
      limit: response.headers.get('RateLimit-Limit'),
      remaining: response.headers.get('RateLimit-Remaining'),
      reset: response.headers.get('RateLimit-Reset'),
    };
    document.getElementById('quota').textContent =
      'Kontingent: ' + quota.remaining + ' von ' + quota.limit + ' Anfragen übrig, neu in ' + quota.reset + ' s';
    for (const edge of body.data?.regions.edges ?? []) {
      const item = document.createElement('li');
      item.textContent = edge.node.name;
      document.getElementById('regions').append(item);
    }
    if (body.errors) document.getElementById('error').textContent = response.status + ': ' + body.errors[0].message;
    return { status: response.status, quota, count: body.data?.regions.edges.length ?? 0, error: body.errors?.[0] };
  });
</script></body></html>`;
}

/** Serves pages on a port of their own: another origin than the gateway's. */
async function site(): Promise<{ origin: string; serve: (html: string) => void }> {
  let html = '';
  const app = Fastify();
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  await app.listen({ host: '127.0.0.1', port: 0 });
  sites.push(app);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://localhost:${port}`, serve: (page) => (html = page) };
}

beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, partnersSubgraph],
    gateway: { quotas: { anonymousPerMinute: 120, authenticatedPerMinute: 1_200, redis: null } },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((app) => app.close()));
  await federation?.stop();
});

async function open(origin: string, name: string) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    const result = await page.evaluate('window.result');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true });
    return result as { status: number; quota: Record<string, string | null>; count: number; error?: unknown };
  } finally {
    await page.close();
  }
}

describe("a partner's page with its key", () => {
  it('reads regions from the origin the key lists and sees its quota; another origin is refused', async () => {
    const own = await site();
    const foreign = await site();
    const admin = await keyAdmin(federation);
    const { secret } = await admin.create({ allowedOrigins: [own.origin], requestsPerMinute: 30 });
    own.serve(partnerPage(federation.gatewayUrl, secret));
    foreign.serve(partnerPage(federation.gatewayUrl, secret));

    expect(await open(own.origin, 'partner-key-own-origin.png')).toMatchObject({
      status: 200,
      count: 5,
      quota: { limit: '30', remaining: '29', reset: expect.stringMatching(/^\d+$/) },
    });
    expect(await open(foreign.origin, 'partner-key-foreign-origin.png')).toMatchObject({
      status: 403,
      count: 0,
      // Refused, the request counts against its address as an anonymous one would.
      quota: { limit: '120', remaining: '119' },
      error: {
        message: `This API key may be used only from ${own.origin}; ${foreign.origin} is not one of them.`,
        extensions: { code: 'FORBIDDEN' },
      },
    });
  });
});
