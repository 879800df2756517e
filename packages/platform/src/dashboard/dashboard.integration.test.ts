import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardScreenshotsDir } from '@mitmach/dashboard';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { demoConferences, demoRegistrations, seedRegions } from '@mitmach/demo-network';
import { graphqlClient, launchBrowser, silentLogger, testSecrets, tokenFor } from '@mitmach/testkit';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type EmbeddedPlatform, startEmbeddedPlatform } from '../embedded-platform';

const figuresQuery = `query($filter: StatisticsFilter!) { networkStatistics(filter: $filter) {
  regions { total joined } conferences { held participants { total } } outcomes { total }
  actions { published adoptionsStarted adoptionsImplemented } funding { grantedCents }
} }`;
interface Figures {
  regions: { total: number; joined: number };
  conferences: { held: number; participants: { total: number } };
  outcomes: { total: number };
  actions: { published: number; adoptionsStarted: number; adoptionsImplemented: number };
  funding: { grantedCents: number };
}

// What the statistics hold once every event of the seed is applied: until then a period may still lack its figures.
const heldConferences = demoConferences().filter(
  (conference) => conference.status === 'held' || conference.status === 'documented',
);
const attendances = heldConferences.flatMap((conference) =>
  demoRegistrations(conference).filter((registration) => registration.attended === true),
);

let database: TestDatabase;
let platform: EmbeddedPlatform;
let browser: Browser;
// One tab signed in once, shared by the tests that need no fresh browser: the session lives in the tab.
let signed: Page;
let origin: string;
let jwtSecret: string;
const policyViolations: string[] = [];

async function figures(filter: Record<string, unknown>): Promise<Figures> {
  const token = await tokenFor(jwtSecret, ['reporting']);
  const response = await graphqlClient(platform.url)<{ networkStatistics: Figures }>(
    figuresQuery,
    { filter },
    { token },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.networkStatistics as Figures;
}

beforeAll(async () => {
  database = await createTestDatabase();
  jwtSecret = testSecrets().jwtSecret;
  platform = await startEmbeddedPlatform({
    connection: database.connection,
    logger: silentLogger,
    jwtSecret,
    host: '127.0.0.1',
    port: 0,
    seedDemoData: true,
  });
  origin = new URL(platform.url).origin;
  // The statistics are fed by the seeds' events: wait until every region and the conferences have arrived.
  await vi.waitFor(
    async () => {
      const all = await figures({});
      expect(all.regions.total).toBe(seedRegions.length);
      expect(all.conferences.held).toBe(heldConferences.length);
      expect(all.conferences.participants.total).toBe(attendances.length);
      expect(all.outcomes.total).toBeGreaterThan(0);
      expect(all.actions.published).toBeGreaterThan(0);
      expect(await figures({})).toEqual(all);
    },
    // Thousands of seeded registrations, applied one by one: on a busy machine this takes many minutes.
    { timeout: 840_000, interval: 1_000 },
  );
  browser = await launchBrowser();
  mkdirSync(dashboardScreenshotsDir, { recursive: true });
  signed = await newPage();
  await signIn(signed);
}, 900_000);
afterAll(async () => {
  await signed?.context().close();
  await browser?.close();
  await platform?.stop();
  await database?.dispose();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  return page;
}

interface PageDocument {
  querySelectorAll(selector: string): Iterable<{ querySelector(selector: string): unknown }> & { length: number };
}

/** Waits until the figures and every chart of the page are drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main .scope');
  // Functions, not strings: the page's policy forbids eval. The DOM is reached through globalThis because this Node
  // package does not compile against the browser's types.
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: PageDocument };
    return (
      document.querySelectorAll('.loading').length === 0 &&
      [...document.querySelectorAll('[data-chart]')].every(
        (chart) => chart.querySelector('svg') !== null || chart.querySelector('.chart-canvas') === null,
      )
    );
  });
}

async function serious(page: Page) {
  await page.evaluate(axe.source);
  const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as axe.AxeResults;
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function shownFigure(page: Page, name: string): Promise<number> {
  return Number(await page.getAttribute(`[data-figure="${name}"] .figure-value`, 'data-value'));
}

async function signIn(page: Page, path = '/dashboard/'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.click('[data-development-sign-in]');
  await settled(page);
}

/** The shared signed-in tab, opened at the path with everything drawn. */
async function open(path: string): Promise<Page> {
  await signed.goto(`${origin}${path}`);
  await settled(signed);
  return signed;
}

// A browser and six services on a busy machine: each step waits for real rendering, so the steps get minutes.
describe('the reporting dashboard in the embedded mode', { timeout: 240_000 }, () => {
  it('asks to sign in, signs in with the development button and shows the whole network with definitions', async () => {
    const page = await newPage();
    await page.goto(`${origin}/dashboard`);
    await page.waitForSelector('[data-development-sign-in]');
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(dashboardScreenshotsDir, 'sign-in.png') });
    await page.click('[data-development-sign-in]');
    await settled(page);
    const all = await figures({ from: '2019-01-01', to: `${new Date().getFullYear()}-12-31` });
    expect(await shownFigure(page, 'regions')).toBe(all.regions.total);
    expect(await shownFigure(page, 'conferences')).toBe(all.conferences.held);
    expect(await page.locator('[data-figure] .definition').count()).toBe(9);
    await page.context().close();
  });

  it('filters by country and period in the URL, showing the API’s figures for Austria 2024–2025, unlike the whole network’s', async () => {
    const page = await open('/dashboard/');
    await page.selectOption('select[name="from"]', '2024');
    await page.selectOption('select[name="to"]', '2025');
    await page.selectOption('select[name="country"]', 'AT');
    await page.waitForURL(/from=2024&to=2025&country=AT/);
    await settled(page);
    const period = { from: '2024-01-01', to: '2025-12-31' };
    const austria = await figures({ ...period, countries: ['AT'] });
    const network = await figures(period);
    const shown = {
      regions: await shownFigure(page, 'regions'),
      joined: await shownFigure(page, 'joined'),
      conferences: await shownFigure(page, 'conferences'),
      participants: await shownFigure(page, 'participants'),
      outcomes: await shownFigure(page, 'outcomes'),
      actions: await shownFigure(page, 'actions'),
      adoptions: await shownFigure(page, 'adoptions'),
      granted: await shownFigure(page, 'granted'),
    };
    const expected = {
      regions: austria.regions.total,
      joined: austria.regions.joined,
      conferences: austria.conferences.held,
      participants: austria.conferences.participants.total,
      outcomes: austria.outcomes.total,
      actions: austria.actions.published,
      adoptions: austria.actions.adoptionsStarted,
      granted: austria.funding.grantedCents,
    };
    expect(shown).toEqual(expected);
    expect(austria.regions.total).toBeLessThan(network.regions.total);
    expect(austria.conferences.held).toBeLessThan(network.conferences.held);
    expect(shown.participants).toBeGreaterThan(0);
    expect(shown.participants).toBeLessThan(network.conferences.participants.total);
    expect(await page.textContent('[data-period]')).toContain('2024-01-01 – 2025-12-31');
    // The data are as of the statistics' last update on the server, not of the browser's clock.
    const { networkStatistics } = (
      await graphqlClient(platform.url)<{ networkStatistics: { updatedAt: string } }>(
        '{ networkStatistics { updatedAt } }',
        {},
        { token: await tokenFor(jwtSecret, ['reporting']) },
      )
    ).body.data as { networkStatistics: { updatedAt: string } };
    expect(await page.getAttribute('[data-as-of]', 'data-as-of')).toBe(networkStatistics.updatedAt);

    // A shared link opens the same view.
    const shared = page.url();
    const other = await newPage();
    await signIn(other);
    await other.goto(shared);
    await settled(other);
    expect(await shownFigure(other, 'regions')).toBe(austria.regions.total);
    await other.context().close();
  });

  it('draws every page with its charts, passes axe without serious violations and keeps a screenshot of each', async () => {
    const page = await open('/dashboard/?from=2024&to=2025&country=AT');
    const pages = ['overview', 'regions', 'conferences', 'impact', 'learning', 'funding'];
    for (const name of pages) {
      await page.click(`nav a[href^="/dashboard/${name === 'overview' ? '?' : name}"]`);
      await page.waitForSelector(`main[data-page="${name}"]`);
      await settled(page);
      if (name !== 'overview') expect(await page.locator('[data-chart]').count(), name).toBeGreaterThan(0);
      // Learning may have no enrollment in the period and says so instead of drawing; the other pages draw charts.
      if (!['overview', 'learning'].includes(name)) {
        expect(await page.locator('[data-chart] svg').count(), name).toBeGreaterThan(0);
      }
      expect(await serious(page), name).toEqual([]);
      await page.screenshot({ path: join(dashboardScreenshotsDir, `${name}.png`), fullPage: true });
    }
    await page.click('nav a[href^="/dashboard/regions"]');
    await settled(page);
    const countries = await page.locator('[data-chart="regions-map"] table tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(countries)).toEqual(new Set(['AT']));
  });

  it('draws Austria’s charts from Austria’s figures, unlike the whole network’s, on every page', async () => {
    const chartTables = async (path: string) => {
      const page = await open(path);
      return page
        .locator('[data-chart]')
        .evaluateAll((charts) =>
          Object.fromEntries(
            charts.map((chart) => [chart.getAttribute('data-chart'), chart.querySelector('tbody')?.textContent ?? '']),
          ),
        );
    };
    for (const name of ['regions', 'conferences', 'impact', 'learning', 'funding']) {
      const austria = await chartTables(`/dashboard/${name}?from=2024&to=2025&country=AT`);
      const network = await chartTables(`/dashboard/${name}?from=2024&to=2025`);
      expect(Object.keys(austria).length, name).toBeGreaterThan(0);
      for (const [chart, rows] of Object.entries(austria)) {
        expect(rows, chart).not.toBe('');
        expect(rows, chart).not.toBe(network[chart]);
      }
    }
  });

  it('switches to English and back', async () => {
    const page = await open('/dashboard/conferences?from=2024&to=2025');
    await page.click('a[lang="en"]');
    await settled(page);
    expect(await page.textContent('main h2')).toBe('Conferences');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await page.click('a[lang="de"]');
    await settled(page);
    expect(await page.textContent('main h2')).toBe('Konferenzen');
  });

  it('shows a chart as a table and downloads the same rows as CSV', async () => {
    const page = await open('/dashboard/impact?from=2024&to=2025&country=AT');
    const chart = page.locator('[data-chart="impact-chain"]');
    await chart.getByRole('button', { name: 'Tabelle' }).click();
    const cells = await chart
      .locator('table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'CSV herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('impact-chain.csv');
    const path = join(dashboardScreenshotsDir, 'impact-chain.csv');
    await download.saveAs(path);
    const lines = readFileSync(path, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Stufe,Anzahl');
    expect(lines.slice(1)).toEqual(cells.map((row) => row.join(',')));
    const austria = await figures({ from: '2024-01-01', to: '2025-12-31', countries: ['AT'] });
    expect(lines.slice(1)).toEqual([
      `Konferenz-Ergebnisse,${austria.outcomes.total}`,
      `Aktionen im Pool,${austria.actions.published}`,
      `Übernahmen gestartet,${austria.actions.adoptionsStarted}`,
      `Übernahmen umgesetzt,${austria.actions.adoptionsImplemented}`,
    ]);
  });

  it('prints the report with the period and filters on its first page', async () => {
    const page = await open('/dashboard/report?from=2024&to=2025&country=AT');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav')).toBe(false);
    expect(await page.isVisible('.scope')).toBe(true);
    expect(await page.textContent('.scope')).toContain('Österreich');
    const austria = await figures({ from: '2024-01-01', to: '2025-12-31', countries: ['AT'] });
    expect(await shownFigure(page, 'regions')).toBe(austria.regions.total);
    expect(await shownFigure(page, 'conferences')).toBe(austria.conferences.held);
    expect(await shownFigure(page, 'participants')).toBe(austria.conferences.participants.total);
    expect(austria.conferences.participants.total).toBeGreaterThan(0);
    expect(await shownFigure(page, 'outcomes')).toBe(austria.outcomes.total);
    expect(await shownFigure(page, 'funding-granted')).toBe(austria.funding.grantedCents);
    expect(await page.locator('.report-page').count()).toBe(6);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      path: join(dashboardScreenshotsDir, 'report.pdf'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: null });
  });

  it('takes a token from a link’s fragment, hides it from the address, and turns away other roles', async () => {
    const page = await newPage();
    await page.goto(`${origin}/dashboard/funding#token=${await tokenFor(jwtSecret, ['staff'])}`);
    await settled(page);
    expect(page.url()).toBe(`${origin}/dashboard/funding`);
    expect(await page.locator('[data-chart="funding-per-year"]').count()).toBe(1);
    const member = await newPage();
    await member.goto(`${origin}/dashboard/#token=${await tokenFor(jwtSecret, ['member'])}`);
    await member.waitForSelector('[role="alert"]');
    expect(await member.textContent('[role="alert"]')).toContain('reporting');
    await member.context().close();
    await page.context().close();
  });

  it('ran without a single violation of its content security policy', () => {
    expect(policyViolations).toEqual([]);
  });
});
