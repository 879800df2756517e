// Dashboard benchmark (not a test): how long the first view takes in headless Chromium, from navigation to the
// overview's figures on screen, against a running platform (npm start in another shell).
//   npm run bench:dashboard [-- --url http://localhost:4000 --rounds 10]

import { signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { launchBrowser } from '@mitmach/testkit';

const usage = 'usage: npm run bench:dashboard [-- --url http://localhost:4000 --rounds 10]';
const { values } = parseCommandLineOrExit(
  {
    options: { url: { type: 'string', default: 'http://localhost:4000' }, rounds: { type: 'string', default: '10' } },
  },
  usage,
);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a positive whole number, got ${values.rounds}`);
if (!URL.canParse(values.url)) throw new Error(`--url must be the gateway's base URL, got ${values.url}`);
const origin = new URL(values.url).origin;

const token = await signDevelopmentToken({ secret: embeddedJwtSecret, roles: ['reporting'], expiresIn: '1h' });
const browser = await launchBrowser();

interface Resource {
  name: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

interface Sample {
  total: number;
  figures: number;
  /** When the last script of the first view had arrived, from navigation start. */
  scriptsArrived: number;
  scriptBytes: number;
  scriptBytesDecoded: number;
  apiRequests: number;
  /** The longest of the first view's API requests. */
  slowestApi: number;
}

async function firstView(): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${origin}/dashboard/#token=${token}`);
  await page.waitForSelector('[data-figure="regions"] .figure-value');
  const total = performance.now() - started;
  const timing = (await page.evaluate(
    "JSON.stringify([performance.getEntriesByType('navigation')[0], performance.getEntriesByType('resource')])",
  )) as string;
  const [navigation, resources] = JSON.parse(timing) as [{ responseEnd: number }, Resource[]];
  await context.close();
  const scripts = resources.filter((resource) => resource.name.endsWith('.js'));
  const api = resources.filter((resource) => new URL(resource.name).pathname === '/graphql');
  return {
    total,
    figures: total - navigation.responseEnd,
    scriptsArrived: Math.max(0, ...scripts.map((resource) => resource.responseEnd)),
    scriptBytes: scripts.reduce((sum, resource) => sum + resource.encodedBodySize, 0),
    scriptBytesDecoded: scripts.reduce((sum, resource) => sum + resource.decodedBodySize, 0),
    apiRequests: api.length,
    slowestApi: Math.max(0, ...api.map((resource) => resource.responseEnd - resource.startTime)),
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const median = (samples: readonly Sample[], of: (sample: Sample) => number) => {
  const sorted = samples.map(of).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

try {
  await firstView();
  const samples: Sample[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await firstView());
  const totals = samples.map((sample) => sample.total).sort((a, b) => a - b);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  process.stdout.write(
    `dashboard first view (navigation to the overview's figures), ${rounds} rounds against ${origin}:\n` +
      `  median ${median(samples, (sample) => sample.total).toFixed(0)} ms, p95 ${percentile(totals, 95).toFixed(0)} ms\n` +
      `  of which after the page arrived: median ${median(samples, (sample) => sample.figures).toFixed(0)} ms\n` +
      `  scripts: ${kib(median(samples, (sample) => sample.scriptBytes))} KiB over the wire ` +
      `(${kib(median(samples, (sample) => sample.scriptBytesDecoded))} KiB unpacked), all arrived after ` +
      `median ${median(samples, (sample) => sample.scriptsArrived).toFixed(0)} ms\n` +
      `  API requests: ${median(samples, (sample) => sample.apiRequests)}, the slowest taking ` +
      `median ${median(samples, (sample) => sample.slowestApi).toFixed(0)} ms\n`,
  );
} finally {
  await browser.close();
}
