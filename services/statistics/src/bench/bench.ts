import { createCallerSigner, generateCallerKeys } from '@mitmach/auth';
import { type DatabaseConnection, seedId } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import {
  actions,
  counters,
  entityCounters,
  learningTargets as learningTargetsTable,
  readModelTables,
  regionCounters,
} from '../db/schema';
import { applyDeltas } from '../read-model/counters';
import { statisticsSubgraph } from '../subgraph';
import { networkStatisticsQuery, regionEntitiesQuery, seriesQuery } from '../testing/queries';
import { env } from './env';
import { eventPlan, learningTargets, syntheticNetwork } from './synthetic-network';

// `pnpm --filter @mitmach/statistics-service bench`: loads a synthetic network of 10,000 and then 1,000,000 events
// into the read model and measures the dashboard queries through the statistics subgraph's HTTP API.

const logger = pino({ level: 'silent' });
const callerKeys = generateCallerKeys();

async function load(connection: DatabaseConnection, total: number) {
  const db = connection.drizzle();
  await db.execute(
    sql`truncate ${sql.join(
      readModelTables.map((table) => sql`${table}`),
      sql`, `,
    )}`,
  );
  await db
    .insert(learningTargetsTable)
    .values(learningTargets.map((target) => ({ ...target, titleAt: new Date('2025-01-01T00:00:00Z') })));
  let events = 0;
  for (const batch of syntheticNetwork(total)) {
    await db.transaction(async (tx) => {
      for (let index = 0; index < batch.actions.length; index += 2_000) {
        await tx.insert(actions).values(batch.actions.slice(index, index + 2_000));
      }
      await applyDeltas(tx, batch.deltas);
    });
    events += batch.events;
  }
  await db.execute(sql`analyze ${counters}`);
  await db.execute(sql`analyze ${regionCounters}`);
  await db.execute(sql`analyze ${entityCounters}`);
  const rows = await Promise.all(
    [counters, regionCounters, entityCounters].map(async (table) => {
      const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(table);
      return row?.count ?? 0;
    }),
  );
  return { events, rows: { network: rows[0] ?? 0, region: rows[1] ?? 0, entity: rows[2] ?? 0 } };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(url: string, header: string, query: string, variables: Record<string, unknown>) {
  const ask = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mitmach-caller': header },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  };
  for (let warmup = 0; warmup < 5; warmup += 1) await ask();
  const times: number[] = [];
  for (let run = 0; run < env.BENCH_RUNS; run += 1) {
    const started = performance.now();
    await ask();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const queries = (regionIds: string[]) => [
  {
    name: 'networkStatistics 2025, by country',
    query: networkStatisticsQuery,
    variables: { filter: { from: '2025-01-01', to: '2025-12-31' } },
  },
  {
    name: 'statisticsSeries PARTICIPANTS monthly 2021-2025',
    query: seriesQuery,
    variables: { metric: 'PARTICIPANTS', interval: 'MONTH', from: '2021-01-01', to: '2025-12-31' },
  },
  {
    name: 'Region.statistics of 50 regions, 2025',
    query: regionEntitiesQuery,
    variables: {
      representations: regionIds.map((id) => ({ __typename: 'Region', id })),
      from: '2025-01-01',
      to: '2025-12-31',
    },
  },
  {
    name: 'Region.statistics of 50 regions, whole history',
    query: regionEntitiesQuery,
    variables: { representations: regionIds.map((id) => ({ __typename: 'Region', id })) },
  },
];

const database = await createTestDatabase();
try {
  await statisticsSubgraph.migrate(database.connection);
  const { server } = await statisticsSubgraph.mount({
    connection: database.connection,
    logger,
    callerKey: callerKeys.publicKey,
    transport: null,
    accepting: () => true,
  });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const address = server.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the statistics server does not listen on TCP');
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const header = await createCallerSigner(callerKeys.privateKey).sign(
    { personId: null, roles: ['reporting'], regionIds: [] },
    statisticsSubgraph.name,
  );
  const regionIds = Array.from({ length: 50 }, (_, n) => seedId('statistics-bench', `region:${n}`));

  process.stdout.write(
    `Statistics read model benchmark: ${env.BENCH_RUNS} runs per query after 5 warm-up runs, reporting caller, ` +
      `through the subgraph's HTTP API on ${database.url ? 'Postgres' : 'PGlite'}.\n` +
      'Counters are loaded in bulk: each synthetic entity contributes what the consumer would have added after all of ' +
      'its events, computed by the same contribution functions, summed in batches of 25,000 events.\n\n',
  );
  for (const size of env.BENCH_SIZES) {
    const started = performance.now();
    const loaded = await load(database.connection, size);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const plan = eventPlan(size);
    process.stdout.write(
      `${loaded.events.toLocaleString('en')} events (${plan.registrations.toLocaleString('en')} registrations, ` +
        `${plan.conferences.toLocaleString('en')} conferences, ${plan.actions.toLocaleString('en')} actions, ` +
        `${plan.adoptions.toLocaleString('en')} adoptions, ${plan.enrollments.toLocaleString('en')} enrollments, ` +
        `${plan.funding.toLocaleString('en')} funding entries, ${plan.regions} regions) loaded in ${seconds} s; ` +
        `counter rows: network ${loaded.rows.network.toLocaleString('en')}, region ${loaded.rows.region.toLocaleString('en')}, ` +
        `entity ${loaded.rows.entity.toLocaleString('en')}\n`,
    );
    for (const { name, query, variables } of queries(regionIds)) {
      const { p50, p95 } = await measure(url, header, query, variables);
      process.stdout.write(
        `  ${name.padEnd(50)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms\n`,
      );
    }
    process.stdout.write('\n');
  }
  await server.app.close();
} finally {
  await database.dispose();
}
