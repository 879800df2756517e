import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { conferencesSubgraph } from '@mitmach/conferences-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, graphqlClient, launchBrowser, startFederation } from '@mitmach/testkit';
import { widgetDistDirectory } from '@mitmach/widget';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const screenshots = new URL('../../.cache/screenshots/', import.meta.url);

let federation: Federation;
let browser: Browser;
let site: FastifyInstance;
let siteOrigin: string;
let gatewayOrigin: string;
let integrity: string;
const pages = new Map<string, string>();

/**
 * A partner's page on its own origin under a strict Content-Security-Policy: scripts and requests only from the
 * gateway, no inline script or style, no images or fonts from anywhere, Trusted Types enforced.
 */
function policy(): string {
  return [
    "default-src 'none'",
    `script-src ${gatewayOrigin}`,
    `connect-src ${gatewayOrigin}`,
    "style-src 'none'",
    "img-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

function page(body: string, scriptIntegrity = integrity): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Klimaschutz im Landkreis</title>
<script src="${gatewayOrigin}/widget/v1/mitmach.js" integrity="${scriptIntegrity}" crossorigin="anonymous"></script>
</head><body><h1>Mitmach-Regionen in unserer Nähe</h1>${body}</body></html>`;
}

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph, conferencesSubgraph] });
  gatewayOrigin = new URL(federation.gatewayUrl).origin;
  integrity = `sha384-${createHash('sha384')
    .update(readFileSync(`${widgetDistDirectory()}v1/mitmach.js`))
    .digest('base64')}`;
  site = Fastify();
  site.get<{ Params: { name: string } }>('/:name', async (request, reply) =>
    reply
      .header('content-security-policy', policy())
      .type('text/html; charset=utf-8')
      .send(pages.get(request.params.name) ?? ''),
  );
  await site.listen({ host: '127.0.0.1', port: 0 });
  const address = site.server.address();
  // localhost rather than 127.0.0.1: another origin than the gateway's.
  siteOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await federation?.stop();
});

/** Opens a page, collecting what the console reports (CSP violations and script errors land there). */
async function open(name: string, html: string): Promise<{ tab: Page; problems: string[] }> {
  pages.set(name, html);
  const tab = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  const problems: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(`${siteOrigin}/${name}`);
  return { tab, problems };
}

async function screenshot(tab: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await tab.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true });
}

const api = () => graphqlClient(federation.gatewayUrl);

async function regionSlugs(filter: Record<string, unknown>): Promise<string[]> {
  const response = await api()<{ regionsGeoJson: { features: { properties: { slug: string } }[] } }>(
    'query($filter: RegionFilter) { regionsGeoJson(filter: $filter) { features { properties { slug } } } }',
    { filter },
  );
  return (response.body.data?.regionsGeoJson.features ?? []).map((feature) => feature.properties.slug).sort();
}

describe('the widget on a partner page of another origin', () => {
  it('serves the script as immutable, with the hash the README names', async () => {
    const response = await fetch(`${gatewayOrigin}/widget/v1/mitmach.js`, { headers: { origin: siteOrigin } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`integrity="${integrity}"`);
  });

  it('shows the regions as markers on the map, filters them, and selects one by keyboard', async () => {
    const { tab, problems } = await open(
      'map',
      page('<mitmach-regions-map country="AT" lang="de"></mitmach-regions-map>'),
    );
    const markers = tab.locator('mitmach-regions-map .marker');
    const austrian = await regionSlugs({ countries: ['AT'] });
    expect(austrian.length).toBeGreaterThan(0);
    await expect.poll(() => markers.count()).toBe(austrian.length);
    const shown = await markers.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-slug') ?? ''));
    expect(shown.sort()).toEqual(austrian);
    // Four countries and Liechtenstein, and South Tyrol drawn over Italy as the part of it in the network.
    expect(await tab.locator('mitmach-regions-map svg.map path.land').count()).toBe(6);
    expect(await tab.locator('mitmach-regions-map svg.map path.land.neighbour').count()).toBe(2);
    expect(await tab.locator('mitmach-regions-map svg.map path.land[data-country="IT-BZ"]').count()).toBe(1);
    await expect
      .poll(() => tab.locator('mitmach-regions-map [role=status]').textContent())
      .toBe(`${austrian.length} Regionen`);
    await screenshot(tab, 'widget-map-austria.png');

    // Keyboard: the first marker is reached with Tab after the two selects, and Enter shows the region.
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    // Page functions run in the browser; as strings they need no DOM types in this Node package.
    const focused = await tab.evaluate(
      "document.querySelector('mitmach-regions-map').shadowRoot.activeElement?.getAttribute('data-slug') ?? null",
    );
    expect(focused).toBe(shown[0]);
    await tab.keyboard.press('Enter');
    const label = await markers.first().getAttribute('aria-label');
    await expect.poll(() => tab.locator('mitmach-regions-map .details h3').textContent()).toBe(label?.split(',')[0]);
    expect(await markers.first().getAttribute('aria-pressed')).toBe('true');
    await screenshot(tab, 'widget-map-selected.png');

    // The filters: every country, then one field of action.
    await tab.locator('mitmach-regions-map select').first().selectOption('');
    const all = await regionSlugs({});
    await expect.poll(() => markers.count()).toBe(all.length);
    await tab.locator('mitmach-regions-map select').nth(1).selectOption('energy');
    const energy = await regionSlugs({ fieldsOfAction: ['energy'] });
    await expect.poll(() => markers.count()).toBe(energy.length);
    await screenshot(tab, 'widget-map-energy.png');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('lists the upcoming conferences of a country with dates, places and a link, in the language asked for', async () => {
    const { tab, problems } = await open(
      'list',
      page(`<mitmach-upcoming-conferences country="AT" lang="en" limit="20"></mitmach-upcoming-conferences>`),
    );
    const response = await api()<{
      upcomingConferences: {
        edges: {
          node: {
            id: string;
            title: string;
            venue: { name: string; address: { city: string } } | null;
            region: { name: string; website: string | null; slug: string };
          };
        }[];
      };
    }>(
      `{ upcomingConferences(first: 20, filter: { countries: [AT] }) { edges { node {
        id title venue { name address { city } } region { name website slug } } } } }`,
    );
    const expected = response.body.data?.upcomingConferences.edges.map((edge) => edge.node) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const items = tab.locator('mitmach-upcoming-conferences li.conference');
    await expect.poll(() => items.count()).toBe(expected.length);
    expect(await tab.locator('mitmach-upcoming-conferences h2').textContent()).toBe('Upcoming Mitmach-Konferenzen');
    for (const [index, conference] of expected.entries()) {
      const item = items.nth(index);
      expect(await item.getAttribute('data-id')).toBe(conference.id);
      expect(await item.locator('.title').textContent()).toBe(conference.title);
      const meta = (await item.locator('.meta').first().textContent()) ?? '';
      const place = conference.venue ? `${conference.venue.name}, ${conference.venue.address.city}` : 'Online';
      expect(meta).toContain(` · ${place} · ${conference.region.name}`);
      expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await item.locator('a').getAttribute('href')).toBe(
        conference.region.website ?? `${gatewayOrigin}/feeds/regions/${conference.region.slug}/conferences.ics`,
      );
    }
    await screenshot(tab, 'widget-conferences-austria.png');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('is themable through CSS custom properties and keeps the page’s own styles out', async () => {
    const html = page('<mitmach-upcoming-conferences country="CH" lang="it"></mitmach-upcoming-conferences>').replace(
      '</head>',
      `<link rel="stylesheet" href="${gatewayOrigin}/nowhere.css"></head>`,
    );
    const { tab } = await open('theme', html);
    await expect
      .poll(() => tab.locator('mitmach-upcoming-conferences h2').textContent())
      .toBe('Prossime Mitmach-Konferenzen');
    // Set through the CSS object model, which the page's strict policy still allows.
    const color = await tab.evaluate(`(() => {
      const element = document.querySelector('mitmach-upcoming-conferences');
      element.style.setProperty('--mitmach-color-text', 'rgb(10, 20, 30)');
      return getComputedStyle(element.shadowRoot.querySelector('h2')).color;
    })()`);
    expect(color).toBe('rgb(10, 20, 30)');
    await tab.close();
  });

  it('does not run when the script does not match its integrity hash', async () => {
    const { tab, problems } = await open(
      'tampered',
      page('<mitmach-regions-map></mitmach-regions-map>', `sha384-${'A'.repeat(64)}`),
    );
    expect(await tab.evaluate("customElements.get('mitmach-regions-map') === undefined")).toBe(true);
    expect(problems.join('\n')).toContain('integrity');
    await tab.close();
  });
});
