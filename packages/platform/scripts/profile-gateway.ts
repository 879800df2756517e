// CPU profile of the gateway under the benchmark's loads: starts the local distributed topology, then for each load a
// gateway process of its own (of each --gateway folder, this checkout's by default) in front of the same subgraphs,
// warms it up, records a profile through its inspector while the load runs, and prints the functions that cost it
// the most time of their own. The profiles are kept for a flame graph (Chrome DevTools, speedscope).
//   npm run profile:gateway [-- --duration 10 --warmup 3 --connections 32 --load a --load b --out /tmp/gateway-profiles]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { generateCallerKeys, signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { createTestDatabase } from '@mitmach/db/testing';
import autocannon from 'autocannon';
import { startDistributedPlatform } from '../src/distributed/distributed-platform';
import { loads } from './bench-gateway/loads';

const usage =
  'usage: npm run profile:gateway [-- --duration 10 --warmup 3 --connections 32 --load a --load b --out <folder>]';
const { values } = parseCommandLineOrExit(
  {
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      top: { type: 'string', default: '40' },
      gateway: { type: 'string', multiple: true, default: [join(import.meta.dirname, '../../../gateway')] },
      connections: { type: 'string', default: '32' },
      load: { type: 'string', multiple: true, default: ['a', 'b'] },
      out: { type: 'string', default: resolve('gateway-profiles') },
    },
  },
  usage,
);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const top = Number(values.top);
const gatewayDirectories = values.gateway.map((directory) => resolve(directory));
const connections = Number(values.connections);
const chosen = loads.filter((load) => values.load.some((letter) => load.name.startsWith(`${letter}:`)));
const out = values.out;
mkdirSync(out, { recursive: true });

async function freePort(): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await new Promise<boolean>((done) => {
      const server = createServer();
      server.once('error', () => done(false));
      server.listen(base, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return base;
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** A Chrome DevTools protocol session with the gateway's inspector. */
async function connectProfiler(inspectorPort: number) {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  if (!target) throw new Error('the gateway has no inspector target');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((done, fail) => {
    socket.addEventListener('open', done, { once: true });
    socket.addEventListener('error', fail, { once: true });
  });
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  let sequence = 0;
  return {
    send(method: string, params: Record<string, unknown> = {}) {
      sequence += 1;
      const id = sequence;
      return new Promise<unknown>((done) => {
        pending.set(id, done);
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

/** Self time by function, as shares of all samples. */
function topFunctions(profile: CpuProfile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  for (const sample of profile.samples) {
    const frame = byNode.get(sample)?.callFrame;
    if (!frame) continue;
    const where = frame.url
      .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
      .replace(/^file:\/\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + 1);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, samples]) => `${((100 * samples) / profile.samples.length).toFixed(1).padStart(5)}%  ${name}`);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const jwtSecret = 'profile-gateway-secret-0123456789abcdef0123456789';
const callerKeys = generateCallerKeys();
const database = await createTestDatabase();
if (!database.url) throw new Error('profiling needs a Postgres server (DATABASE_URL of the tests)');
const databaseUrl = database.url;
const basePort = await freePort();
const output: string[] = [];
const gatewayEnv = {
  ...process.env,
  LOG_LEVEL: 'warn',
  EVENT_TRANSPORT: 'postgres',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `profile-${basePort}-`,
  ANONYMOUS_REQUESTS_PER_MINUTE: '100000000',
  AUTHENTICATED_REQUESTS_PER_MINUTE: '100000000',
};
const platform = startDistributedPlatform({
  databaseUrl: database.url,
  basePort,
  host: '127.0.0.1',
  seedDemoData: true,
  jwtSecret,
  callerKeys,
  env: gatewayEnv,
  // Six services compile and seed at once; on a busy machine that takes minutes.
  readyTimeoutMs: 900_000,
  write: (line) => output.push(line),
});
function startProfiledGateway(gatewayDirectory: string, port: number, inspectorPort: number) {
  return spawn(process.execPath, [`--inspect=127.0.0.1:${inspectorPort}`, '--import', 'tsx', 'src/main.ts'], {
    cwd: gatewayDirectory,
    env: {
      ...gatewayEnv,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      CALLER_SIGNING_KEY: callerKeys.privateKey,
      JWT_SECRET: jwtSecret,
      SUBGRAPH_URLS: Object.entries(platform.subgraphUrls)
        .map(([name, url]) => `${name}=${url}`)
        .join(','),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

try {
  await platform.ready.catch((error: unknown) => {
    log(output.slice(-30).join('\n'));
    throw error;
  });
  log('the distributed topology is ready');
  const staffToken = await signDevelopmentToken({ secret: jwtSecret, roles: ['staff'], expiresIn: '1h' });
  // One gateway process per load, so that each profile shows one load only, recorded after a warm-up.
  for (const [gatewayDirectory, load] of gatewayDirectories.flatMap((directory) =>
    chosen.map((each) => [directory, each] as const),
  )) {
    const port = await freePort();
    const inspectorPort = await freePort();
    const gateway = startProfiledGateway(gatewayDirectory, port, inspectorPort);
    const exited = new Promise((done) => gateway.once('exit', done));
    try {
      for (let ready = false; !ready; ) {
        await new Promise((done) => setTimeout(done, 500));
        ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (response) => response.ok,
          () => false,
        );
      }
      const url = `http://127.0.0.1:${port}/graphql`;
      const requests = load.requests({ headers: {}, staffToken, regionIds: [], refused: () => {} });
      await autocannon({ url, connections, duration: warmup, requests });
      const profiler = await connectProfiler(inspectorPort);
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
      const result = await autocannon({ url, connections, duration, requests });
      const { profile } = (await profiler.send('Profiler.stop')) as { profile: CpuProfile };
      profiler.close();
      const failed = result.non2xx + result.errors + result.timeouts;
      log(
        `\n${gatewayDirectory}, ${load.name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${failed ? `, ${failed} failed` : ''}`,
      );
      const file = join(out, `${load.name.slice(0, 1)}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`${file}, self time:`);
      log(topFunctions(profile, top).join('\n'));
    } finally {
      gateway.kill('SIGTERM');
      await exited;
    }
  }
} finally {
  await platform.stop();
  await database.dispose();
}
