// Our gateway against Hive Gateway (plain, and with its response cache) in front of the same subgraphs of the local
// distributed topology, and straight to the regions subgraph, under four loads (see bench-gateway/loads.ts).
// Plain Fastify answering load (a)'s JSON from memory is measured too, as the limit of this stack.
// Every target runs a load before the next load starts; with --rounds, the loads run again and each round has a table.
//   npm run bench:gateway [-- --duration 10 --warmup 3 --connections 32 --load a --load b --rounds 3]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anonymousCaller,
  callerHeader,
  createCallerSigner,
  generateCallerKeys,
  signDevelopmentToken,
} from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { createTestDatabase } from '@mitmach/db/testing';
import { supergraphPath } from '@mitmach/gateway';
import autocannon from 'autocannon';
import { startDistributedPlatform } from '../src/distributed/distributed-platform';
import { type HiveGateway, routedSupergraph, startHiveGateway } from './bench-gateway/hive-gateway';
import { type Load, loads } from './bench-gateway/loads';
import { type PlainFastify, startPlainFastify } from './bench-gateway/plain-fastify';
import { type Measurement, type Target, table } from './bench-gateway/report';

const usage =
  'usage: npm run bench:gateway [-- --duration 10 --warmup 3 --connections 32 --load a --load b --rounds 3]';
const { values } = parseCommandLineOrExit(
  {
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      load: { type: 'string', multiple: true, default: ['a', 'b', 'c', 'd'] },
      rounds: { type: 'string', default: '1' },
    },
  },
  usage,
);
function wholeNumber(name: string, text: string | undefined, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be a whole number ≥ ${minimum}`);
  return value;
}
const duration = wholeNumber('duration', values.duration, 1);
const warmup = wholeNumber('warmup', values.warmup, 0);
const connections = wholeNumber('connections', values.connections, 1);
const rounds = wholeNumber('rounds', values.rounds, 1);
const chosenLoads = loads.filter((load) => values.load.some((letter) => load.name.startsWith(`${letter}:`)));
if (chosenLoads.length === 0) throw new Error('--load names none of the loads a, b, c, d');

async function freePortRange(count: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let all = true;
    for (let port = base; port < base + count && all; port += 1) all = await free(port);
    if (all) return base;
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const jwtSecret = 'bench-gateway-secret-0123456789abcdef0123456789';
const callerKeys = generateCallerKeys();
const database = await createTestDatabase();
if (!database.url) throw new Error('the benchmark needs a Postgres server (DATABASE_URL of the tests)');
const basePort = await freePortRange(11);
const directory = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
const output: string[] = [];
const platform = startDistributedPlatform({
  databaseUrl: database.url,
  basePort,
  host: '127.0.0.1',
  seedDemoData: true,
  jwtSecret,
  callerKeys,
  env: {
    ...process.env,
    LOG_LEVEL: 'warn',
    EVENT_TRANSPORT: 'postgres',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `bench-${basePort}-`,
    ANONYMOUS_REQUESTS_PER_MINUTE: '100000000',
    AUTHENTICATED_REQUESTS_PER_MINUTE: '100000000',
  },
  write: (line) => output.push(line),
  // Six services compile and seed at once; on a busy machine that takes minutes.
  readyTimeoutMs: 900_000,
});
let hive: HiveGateway | null = null;
let hiveCache: HiveGateway | null = null;
let plainFastify: PlainFastify | null = null;

/** Sends each distinct request of a load once; a load whose answers carry errors is not measured. */
async function preflight(url: string, requests: autocannon.Request[]): Promise<string | null> {
  for (const request of new Set(requests)) {
    const prepared = typeof request.setupRequest === 'function' ? request.setupRequest({ ...request }, {}) : request;
    const response = await fetch(url, {
      method: 'POST',
      headers: (prepared.headers ?? {}) as Record<string, string>,
      body: prepared.body as string,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) return `HTTP ${response.status}: ${text.slice(0, 300)}`;
  }
  return null;
}

async function run(url: string, load: Load, context: Omit<Parameters<Load['requests']>[0], 'refused'>) {
  const refusals: string[] = [];
  const requests = load.requests({ ...context, refused: (reason) => refusals.push(reason) });
  const problem = await preflight(url, requests);
  if (problem) {
    log(`  not measured: ${problem}`);
    return { requestsPerSecond: 0, p50: 0, p99: 0, invalid: problem };
  }
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, requests });
  refusals.length = 0;
  const result = await autocannon({ url, connections, duration, requests });
  const failed = result.non2xx + result.errors + result.timeouts;
  const measurement: Measurement = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    invalid:
      refusals.length > 0
        ? `${refusals.length} mutations refused, first: ${refusals[0]}`
        : failed > 0
          ? `${failed} requests failed`
          : null,
  };
  log(
    `  ${Math.round(measurement.requestsPerSecond)} req/s, p50 ${measurement.p50} ms, p99 ${measurement.p99} ms${measurement.invalid ? ` — does not count: ${measurement.invalid}` : ''}`,
  );
  return measurement;
}

try {
  log(`starting the distributed topology on ports ${basePort}…`);
  await platform.ready.catch((error: unknown) => {
    log(output.slice(-30).join('\n'));
    throw error;
  });
  const signer = createCallerSigner(callerKeys.privateKey);
  const staffToken = await signDevelopmentToken({
    secret: jwtSecret,
    roles: ['staff'],
    personId: '00000000-0000-4000-8000-0000000000aa',
    expiresIn: '2h',
  });
  const listing = (await (
    await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 20) { edges { node { id } } } }' }),
    })
  ).json()) as { data: { regions: { edges: { node: { id: string } }[] } } };
  const regionIds = listing.data.regions.edges.map((edge) => edge.node.id);
  const regionsUrl = platform.subgraphUrls.regions ?? '';
  const fastifyLoad = chosenLoads.find((load) => load.plainFastify);
  if (fastifyLoad) {
    // The answer our gateway gives to the load, byte for byte, served from memory.
    const [request] = fastifyLoad.requests({ headers: {}, staffToken, regionIds, refused: () => {} });
    const prepared = typeof request?.setupRequest === 'function' ? request.setupRequest({ ...request }, {}) : request;
    const answer = await (
      await fetch(platform.url, {
        method: 'POST',
        headers: (prepared?.headers ?? {}) as Record<string, string>,
        body: prepared?.body as string,
      })
    ).text();
    plainFastify = await startPlainFastify({ answer, directory, port: basePort + 8 });
  }
  const supergraphSdl = routedSupergraph(readFileSync(supergraphPath, 'utf8'), platform.subgraphUrls);
  const hiveEnv = { CALLER_SIGNING_KEY: callerKeys.privateKey, JWT_SECRET: jwtSecret };
  log('starting Hive Gateway, plain and with its response cache…');
  hive = await startHiveGateway({ supergraphSdl, directory, port: basePort + 9, responseCache: false, env: hiveEnv });
  hiveCache = await startHiveGateway({
    supergraphSdl,
    directory,
    port: basePort + 10,
    responseCache: true,
    env: hiveEnv,
  });
  // Every target runs each load in turn, load after load, so that the ratios compare runs minutes apart at most on
  // a machine whose other work comes and goes.
  const targets: {
    target: Target;
    url: string;
    headers: () => Promise<Record<string, string>>;
    runs: (load: Load) => boolean;
  }[] = [
    { target: 'ours', url: platform.url, headers: async () => ({}), runs: () => true },
    { target: 'hive', url: hive.url, headers: async () => ({}), runs: () => true },
    { target: 'hiveCache', url: hiveCache.url, headers: async () => ({}), runs: () => true },
    {
      target: 'subgraph',
      url: regionsUrl,
      // The caller header lives 30 s; it is signed afresh before each load.
      headers: async () => ({ [callerHeader]: await signer.sign(anonymousCaller, 'regions') }),
      runs: (load) => load.regionsOnly,
    },
    ...(plainFastify
      ? [
          {
            target: 'plainFastify' as const,
            url: plainFastify.url,
            headers: async () => ({}),
            runs: (load: Load) => load.plainFastify,
          },
        ]
      : []),
  ];
  const runsOf = new Map<string, Partial<Record<Target, Measurement[]>>>(chosenLoads.map((load) => [load.name, {}]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const load of chosenLoads) {
      for (const { target, url, headers, runs } of targets) {
        if (!runs(load)) continue;
        log(`${target}, ${load.name}${rounds > 1 ? `, round ${round}` : ''}`);
        const byTarget = runsOf.get(load.name) ?? {};
        const measured = await run(url, load, { headers: await headers(), staffToken, regionIds });
        byTarget[target] = [...(byTarget[target] ?? []), measured];
        runsOf.set(load.name, byTarget);
      }
    }
  }
  // A round's runs are seconds apart, so its ratios hold whatever the machine's other work did meanwhile; the rounds
  // are shown one by one rather than mixed.
  console.log(`\n${duration} s per load after ${warmup} s of warm-up, ${connections} connections`);
  for (let round = 0; round < rounds; round += 1) {
    const results = new Map(
      [...runsOf].map(([load, byTarget]) => [
        load,
        Object.fromEntries(
          Object.entries(byTarget).map(([target, measurements]) => [target, measurements?.[round]]),
        ) as Partial<Record<Target, Measurement>>,
      ]),
    );
    console.log(`${rounds > 1 ? `\nround ${round + 1} of ${rounds}` : ''}\n`);
    console.log(table(results));
  }
} finally {
  await hive?.stop();
  await hiveCache?.stop();
  await plainFastify?.stop();
  await platform.stop();
  await database.dispose();
  rmSync(directory, { recursive: true, force: true });
}
