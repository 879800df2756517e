// Event propagation benchmark (not a test): records outcomes through the gateway and measures how long each takes to
// appear as a draft action in the action pool, then the relay's throughput.
//   pnpm --filter @mitmach/platform bench:events [--mode embedded|distributed|both] [--outcomes 300] [--burst 5000]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCallerKeys, signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { connectPostgres, type DatabaseConnection, type Db, openPglite, selectRows } from '@mitmach/db';
import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';
import { serviceDir, services } from '@mitmach/registry';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { startEmbeddedPlatform } from '../src/embedded-platform';

const usage =
  'usage: pnpm --filter @mitmach/platform bench:events [--mode embedded|distributed|both] [--outcomes 300] [--burst 5000]';
const { values } = parseCommandLineOrExit(
  {
    options: {
      mode: { type: 'string', default: 'both' },
      outcomes: { type: 'string', default: '300' },
      burst: { type: 'string', default: '5000' },
    },
  },
  usage,
);
const outcomes = Number(values.outcomes);
const burst = Number(values.burst);
const logger = pino({ level: 'silent' });
const conference = conferenceId(firstConferenceKey('chiemgau'));

interface Target {
  gatewayUrl: string;
  jwtSecret: string;
  db: Db;
  stop(): Promise<void>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function recordOutcome(target: Target, token: string, n: number): Promise<string> {
  const response = await fetch(target.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id } userErrors { message } } }`,
      variables: {
        input: {
          conferenceId: conference,
          kind: 'ACTION',
          title: `Benchmark-Ergebnis ${n}`,
          description: 'Ein Ergebnis der Messung, das als Entwurf im Aktionspool ankommen soll.',
          fieldsOfAction: ['energy'],
          sdgs: [7],
          responsiblePersonIds: [],
          partnerOrganizationIds: [],
        },
      },
    }),
  });
  const body = (await response.json()) as {
    data?: { recordOutcome: { outcome: { id: string } | null; userErrors: unknown[] } };
    errors?: unknown;
  };
  const id = body.data?.recordOutcome.outcome?.id;
  if (!id) throw new Error(`recordOutcome failed: ${JSON.stringify(body)}`);
  return id;
}

async function measureLatency(target: Target): Promise<void> {
  const token = await signDevelopmentToken({ secret: target.jwtSecret, roles: ['staff'] });
  const committed = new Map<string, number>();
  const seen = new Map<string, number>();
  let recording = true;
  const poller = (async () => {
    while (recording || seen.size < committed.size) {
      const pending = [...committed.keys()].filter((id) => !seen.has(id));
      if (pending.length > 0) {
        const rows = await selectRows<{ id: string }>(
          target.db,
          sql`select origin_outcome_id as id from action_pool.actions where origin_outcome_id in (${sql.join(
            pending.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        );
        const now = performance.now();
        for (const row of rows) if (!seen.has(row.id)) seen.set(row.id, now);
      }
      await sleep(5);
    }
  })();
  for (let n = 0; n < outcomes; n += 1) {
    const id = await recordOutcome(target, token, n);
    committed.set(id, performance.now());
    // Spread the outcomes over time, like staff recording a conference's results.
    await sleep(10);
  }
  recording = false;
  await Promise.race([poller, sleep(60_000)]);
  const latencies = [...committed]
    .map(([id, at]) => Math.max(0, (seen.get(id) ?? Number.POSITIVE_INFINITY) - at))
    .sort((a, b) => a - b);
  process.stdout.write(
    `  outcome → draft action, ${outcomes} outcomes: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms\n`,
  );
}

async function measureRelay(target: Target): Promise<void> {
  const start = performance.now();
  await target.db.execute(sql`
    insert into conferences.outbox (id, name, version, topic, aggregate_type, aggregate_id, occurred_at, source, payload)
    select gen_random_uuid(), 'conferences.outcome-recorded', 1, 'conferences.outcome.v1', 'outcome', o::text, now(), 'conferences',
      jsonb_build_object('outcomeId', o, 'conferenceId', ${conference}::uuid, 'regionId', gen_random_uuid(), 'country', 'DE',
        'kind', 'idea', 'title', 'Durchsatz', 'description', '', 'fieldsOfAction', '[]'::jsonb, 'sdgs', '[]'::jsonb,
        'recordedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    from (select gen_random_uuid() as o from generate_series(1, ${burst})) as outcomes`);
  await target.db.execute(sql`select pg_notify('outbox_conferences', '')`);
  const inserted = performance.now();
  let published = 0;
  while (published < burst && performance.now() - inserted < 300_000) {
    const [row] = await selectRows<{ pending: number }>(
      target.db,
      sql`select count(*)::int as pending from conferences.outbox where published_at is null`,
    );
    published = burst - (row?.pending ?? burst);
    await sleep(20);
  }
  const relaySeconds = (performance.now() - inserted) / 1000;
  let applied = 0;
  while (applied < burst && performance.now() - inserted < 600_000) {
    const [row] = await selectRows<{ applied: number }>(
      target.db,
      sql`select count(*)::int as applied from action_pool.actions where title = 'Durchsatz'`,
    );
    applied = row?.applied ?? 0;
    await sleep(50);
  }
  const endToEndSeconds = (performance.now() - inserted) / 1000;
  process.stdout.write(
    `  relay: ${burst} events published in ${relaySeconds.toFixed(2)} s = ${(burst / relaySeconds).toFixed(0)} events/s (outbox insert ${((inserted - start) / 1000).toFixed(2)} s); consumer: all applied after ${endToEndSeconds.toFixed(2)} s = ${(burst / endToEndSeconds).toFixed(0)} events/s\n`,
  );
}

async function embedded(): Promise<Target> {
  const connection: DatabaseConnection = await openPglite();
  const jwtSecret = randomBytes(32).toString('hex');
  const platform = await startEmbeddedPlatform({
    connection,
    logger,
    jwtSecret,
    host: '127.0.0.1',
    port: 0,
    seedDemoData: true,
  });
  return {
    gatewayUrl: platform.url,
    jwtSecret,
    db: connection.drizzle(),
    async stop() {
      await platform.stop();
      await connection.close();
    },
  };
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} did not become ready`);
}

async function distributed(): Promise<Target> {
  const server = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `bench_${Date.now().toString(36)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const jwtSecret = randomBytes(32).toString('hex');
  const callerKeys = generateCallerKeys();
  const children: ChildProcess[] = [];
  const subgraphUrls: string[] = [];
  const base = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'warn',
  };
  let port = 4400;
  for (const subgraph of services) {
    port += 1;
    // Each from its own package folder, where its TypeScript runner resolves.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL(`../../../${serviceDir(subgraph.name)}/`, import.meta.url),
      env: {
        ...base,
        HOST: '127.0.0.1',
        PORT: String(port),
        SEED_DEMO_DATA: 'true',
        EVENT_TRANSPORT: 'postgres',
        CALLER_VERIFICATION_KEY: callerKeys.publicKey,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    subgraphUrls.push(`${subgraph.name}=http://127.0.0.1:${port}/graphql`);
    // One at a time: the first start of each service migrates and seeds.
    await waitReady(`http://127.0.0.1:${port}/health/ready`, child);
  }
  const gateway = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../../../gateway/', import.meta.url),
    env: {
      ...base,
      HOST: '127.0.0.1',
      PORT: '4400',
      JWT_SECRET: jwtSecret,
      CALLER_SIGNING_KEY: callerKeys.privateKey,
      SUBGRAPH_URLS: subgraphUrls.join(','),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(gateway);
  await waitReady('http://127.0.0.1:4400/health/ready', gateway);
  const connection = connectPostgres({ url: url.toString(), maxConnections: 2 });
  return {
    gatewayUrl: 'http://127.0.0.1:4400/graphql',
    jwtSecret,
    db: connection.drizzle(),
    async stop() {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
      await connection.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

for (const mode of values.mode === 'both' ? ['embedded', 'distributed'] : [values.mode ?? 'embedded']) {
  process.stdout.write(
    `${mode} mode (${mode === 'embedded' ? 'one process, PGlite, Postgres event log' : 'one process per service, Postgres server, Postgres event log'}):\n`,
  );
  const target = mode === 'embedded' ? await embedded() : await distributed();
  try {
    await measureLatency(target);
    await measureRelay(target);
  } finally {
    await target.stop();
  }
}
