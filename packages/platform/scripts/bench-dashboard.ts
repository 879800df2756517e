// Dashboard benchmark (not a test): how long the first view takes in headless Chromium, from navigation to the
// overview's figures on screen, against a running platform (npm start in another shell).
//   npm run bench:dashboard [-- --url http://localhost:4000 --rounds 10]
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '@mitmach/auth';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { launchBrowser } from '@mitmach/testkit';

const { values } = parseArgs({
  // pnpm passes on the `--` that separates a script's own arguments.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { url: { type: 'string', default: 'http://localhost:4000' }, rounds: { type: 'string', default: '10' } },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a positive whole number, got ${values.rounds}`);
if (!URL.canParse(values.url)) throw new Error(`--url must be the gateway's base URL, got ${values.url}`);
const origin = new URL(values.url).origin;

const token = await signDevelopmentToken({ secret: embeddedJwtSecret, roles: ['reporting'], expiresIn: '1h' });
const browser = await launchBrowser();

async function firstView(): Promise<{ total: number; figures: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${origin}/dashboard/#token=${token}`);
  await page.waitForSelector('[data-figure="regions"] .figure-value');
  const total = performance.now() - started;
  const timing = (await page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")) as string;
  const { responseEnd } = JSON.parse(timing) as { responseEnd: number };
  await context.close();
  return { total, figures: total - responseEnd };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

try {
  await firstView();
  const samples: { total: number; figures: number }[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await firstView());
  const totals = samples.map((sample) => sample.total).sort((a, b) => a - b);
  const afterPage = samples.map((sample) => sample.figures).sort((a, b) => a - b);
  process.stdout.write(
    `dashboard first view (navigation to the overview's figures), ${rounds} rounds against ${origin}:\n` +
      `  median ${totals[Math.floor(totals.length / 2)]?.toFixed(0)} ms, p95 ${percentile(totals, 95).toFixed(0)} ms\n` +
      `  of which after the page arrived: median ${afterPage[Math.floor(afterPage.length / 2)]?.toFixed(0)} ms\n`,
  );
} finally {
  await browser.close();
}
