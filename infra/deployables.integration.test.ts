import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateCallerKeys, signDevelopmentToken } from '@mitmach/auth';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What the Docker image runs: the bundle (node dist/main.mjs) with the files it reads at runtime. Written one folder
// deeper than dist/, so that a file found relative to main.mjs in the source tree would be missed here; third-party
// packages still resolve from the package's node_modules, as they do from /app/node_modules in the image.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bundler = join(repoRoot, 'tooling/bundle/bundle.mjs');
const outdirs: string[] = [];
const keys = generateCallerKeys();
const jwtSecret = 'a-secret-for-the-deployables-test-0123456789';
const running: ChildProcess[] = [];
let database: TestDatabase;

async function bundle(packageDir: string): Promise<string> {
  const cache = join(repoRoot, packageDir, '.cache');
  mkdirSync(cache, { recursive: true });
  const target = mkdtempSync(join(cache, 'bundle-'));
  outdirs.push(target);
  await promisify(execFile)(process.execPath, [bundler, '--outdir', target], { cwd: join(repoRoot, packageDir) });
  return join(target, 'main.mjs');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function run(main: string, env: Record<string, string>): { output: () => string } {
  let output = '';
  // Only what the image sets: no tsx, no workspace on the module path, the production refusals off by NODE_ENV.
  const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', ...env }, cwd: tmpdir() });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  running.push(child);
  return { output: () => output };
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  const alive = running.filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = alive.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of alive) child.kill('SIGTERM');
  await Promise.all(exited);
  await database?.dispose();
  for (const target of outdirs) rmSync(target, { recursive: true, force: true });
});

describe('the bundled deployables', () => {
  it('run a service on the Postgres event log and the gateway in front of it, from their bundles alone', async (context) => {
    if (!database.url) return context.skip('needs a Postgres server');
    const [regionsMain, gatewayMain] = await Promise.all([bundle('services/regions'), bundle('gateway')]);
    const [regionsPort, gatewayPort] = [await freePort(), await freePort()];
    const regions = run(regionsMain, {
      DATABASE_URL: database.url,
      CALLER_VERIFICATION_KEY: keys.publicKey,
      PORT: String(regionsPort),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'true',
    });
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${regionsPort}/health/ready`).catch(() => null))?.status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(200);
    expect(regions.output()).not.toMatch(/"level":(50|60)/);

    run(gatewayMain, {
      CALLER_SIGNING_KEY: keys.privateKey,
      JWT_SECRET: jwtSecret,
      SUBGRAPH_URLS: `regions=http://127.0.0.1:${regionsPort}/graphql`,
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
    });
    const token = await signDevelopmentToken({ secret: jwtSecret, roles: ['staff'] });
    const ask = () =>
      fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
      })
        .then((response) => response.json() as Promise<{ data?: { regions: { totalCount: number } } }>)
        .catch(() => null);
    await expect
      .poll(async () => (await ask())?.data?.regions.totalCount, { timeout: 60_000, interval: 250 })
      .toBeGreaterThan(40);
    const schema = await fetch(`http://127.0.0.1:${gatewayPort}/schema.graphql`);
    expect(await schema.text()).toContain('type Region');
    // The widget's script travels in the gateway's bundle (dist/workspace), byte for byte the one the build made.
    const widget = await fetch(`http://127.0.0.1:${gatewayPort}/widget/v1/mitmach.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await widget.arrayBuffer())).toEqual(
      readFileSync(join(repoRoot, 'packages/widget/dist/v1/mitmach.js')),
    );
  }, 240_000);
});
