// Fault drill (a), a check that prints figures (not a test): the distributed platform on a fresh database; each
// subgraph in turn is killed (SIGKILL) while a client keeps querying every subgraph's data through the gateway, until
// the launcher has restarted it and the answers are whole again. Prints, per subgraph, how the queries fared while it
// was down and what the gateway's readiness said.
//   npm run drill:subgraph-down [-- --port 4300]
import { setTimeout as sleep } from 'node:timers/promises';
import { parseCommandLineOrExit } from '@mitmach/config';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { serviceNames } from '@mitmach/registry';
import { startDistributedPlatform } from '../../src/distributed/distributed-platform';
import { drillDatabase, percentile } from './drill-database';

const usage = 'usage: npm run drill:subgraph-down [-- --port 4300]';
const { values } = parseCommandLineOrExit({ options: { port: { type: 'string', default: '4300' } } }, usage);
const basePort = Number(values.port);
const everyService = `{ regions(first: 5) { edges { node { name
  team { totalCount } conferences(first: 1) { totalCount } cohortParticipations { cohort { title } }
  actions(first: 1) { totalCount } statistics { conferencesHeld } } } } }`;

interface Answer {
  ms: number;
  names: number;
  errors: { service?: string; path?: string; message: string }[];
  failed: boolean;
}

async function ask(url: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: everyService }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as {
      data: { regions: { edges: { node: { name: string } }[] } } | null;
      errors?: { message: string; path?: (string | number)[]; extensions?: { service?: string } }[];
    };
    return {
      ms: performance.now() - started,
      names: body.data?.regions.edges.filter((edge) => edge.node.name).length ?? 0,
      errors: (body.errors ?? []).map((error) => ({
        message: error.message,
        ...(error.extensions?.service ? { service: error.extensions.service } : {}),
        ...(error.path ? { path: error.path.join('.') } : {}),
      })),
      failed: false,
    };
  } catch {
    return { ms: performance.now() - started, names: 0, errors: [], failed: true };
  }
}

const database = await drillDatabase();
const platform = startDistributedPlatform({
  databaseUrl: database.url,
  basePort,
  host: '127.0.0.1',
  seedDemoData: true,
  jwtSecret: embeddedJwtSecret,
  // The drill's client asks far more often than an anonymous quota allows.
  env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ANONYMOUS_REQUESTS_PER_MINUTE: '1000000' },
  restartDelayMs: 5_000,
  write: (line) => {
    if (line.includes('[launcher]')) process.stdout.write(`${line}\n`);
  },
});
// Interrupted, the drill still stops every process it started and drops its database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform
      .stop()
      .then(() => database.drop())
      .finally(() => process.exit(130));
  });
}
const url = `http://127.0.0.1:${basePort}/graphql`;
const readyUrl = `http://127.0.0.1:${basePort}/health/ready`;
const rows: string[][] = [];
try {
  await platform.ready;
  for (const name of serviceNames) {
    const pid = platform.processes[name]?.pid();
    if (!pid) throw new Error(`${name} is not running`);
    process.kill(pid, 'SIGKILL');
    const killedAt = performance.now();
    const answers: Answer[] = [];
    const readiness: { status: number; state: string }[] = [];
    // Down until the launcher's restart (5 s) and its start-up are over and a whole answer comes back.
    for (;;) {
      const [answer, ready] = await Promise.all([
        ask(url),
        fetch(readyUrl).then(async (response) => ({
          status: response.status,
          state: ((await response.json()) as { status: string }).status,
        })),
      ]);
      if (answer.errors.length === 0 && !answer.failed && performance.now() - killedAt > 1_000) break;
      const unexpected = answer.errors.find((error) => !error.service);
      if (unexpected) throw new Error(`an error that names no service: ${unexpected.message}`);
      if (performance.now() - killedAt > 600_000) throw new Error(`${name}: no whole answer 10 minutes after the kill`);
      answers.push(answer);
      readiness.push(ready);
      await sleep(100);
    }
    const recoveredS = (performance.now() - killedAt) / 1000;
    const others = answers.filter((answer) => answer.errors.every((error) => error.service === name));
    const full = answers.filter((answer) => answer.names === 5);
    rows.push([
      name,
      String(answers.length),
      String(full.length),
      String(others.length),
      String(answers.filter((answer) => answer.failed).length),
      percentile(
        answers.map((answer) => answer.ms),
        50,
      ).toFixed(0),
      percentile(
        answers.map((answer) => answer.ms),
        99,
      ).toFixed(0),
      `${readiness.filter((ready) => ready.status === 200).length}/${readiness.length}`,
      [...new Set(readiness.map((ready) => ready.state))].join('+'),
      recoveredS.toFixed(1),
    ]);
  }
} finally {
  await platform.stop();
  await database.drop();
}
const header = [
  'stopped',
  'queries',
  'all 5 names',
  'errors only of it',
  'failed',
  'p50 ms',
  'p99 ms',
  'gateway 200',
  'readiness',
  'back after s',
];
process.stdout.write(
  `\n${[header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(header[i]?.length ?? 0)).join('  ')).join('\n')}\n`,
);
const regionsRow = rows.find((row) => row[0] === 'regions');
const healthy = rows.every((row) => row[0] === 'regions' || (row[1] === row[2] && row[1] === row[3] && row[4] === '0'));
process.exitCode = healthy && regionsRow ? 0 : 1;
