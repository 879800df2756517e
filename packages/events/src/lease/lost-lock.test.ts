import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectPostgres, type DatabaseConnection, type Db, selectRows } from '@mitmach/db';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadLetterStore } from '../consumer/dead-letter-store';
import { createEventConsumer, on } from '../consumer/event-consumer';
import { outcomeRecorded } from '../contracts/conferences';
import { createOutboxRelay } from '../outbox/outbox-relay';
import { writeEvent } from '../outbox/write-event';
import { createProbeTables, probeDeadLetters, probeOutbox, probeProcessed } from '../testing/probe-service';
import { createPostgresTransport } from '../transport/postgres/postgres-transport';
import type { Worker } from '../worker';

const logger = pino({ level: 'silent' });
const aggregates = Array.from({ length: 8 }, () => randomUUID());
const perAggregate = 60;
const total = aggregates.length * perAggregate;

/**
 * One replica of a service: its own connection pool (named by application_name, which the triggers below record) with
 * an outbox relay and a consumer of the outcomes, each of which applies slowly enough to be caught mid-run.
 */
async function startReplica(url: string, name: string): Promise<{ connection: DatabaseConnection; workers: Worker[] }> {
  const connection = connectPostgres({ url, maxConnections: 4, applicationName: name });
  const transport = await createPostgresTransport({ connection, logger, pollIntervalMs: 50, batchSize: 20 });
  const db = connection.drizzle();
  const consumer = createEventConsumer({
    group: 'fenced',
    db,
    processed: probeProcessed,
    deadLetters: createDeadLetterStore({ group: 'fenced', db, table: probeDeadLetters, logger }),
    logger,
    handlers: [
      on(outcomeRecorded, async (tx, event) => {
        const n = Number(event.payload.title.split('#')[1]);
        await tx.execute(
          sql`insert into probe.applied (holder, aggregate, n, event_id) values (${name}, ${event.aggregateId}, ${n}, ${event.id})`,
        );
        await sleep(5);
      }),
    ],
  });
  const workers = [
    createOutboxRelay({ connection, outbox: probeOutbox, transport, logger, batchSize: 10, pollIntervalMs: 50 }),
    consumer.worker(transport),
  ];
  for (const worker of workers) await worker.start();
  return { connection, workers };
}

async function produce(db: Db): Promise<void> {
  for (let n = 1; n <= perAggregate; n += 1) {
    for (const aggregateId of aggregates) {
      await writeEvent(db, probeOutbox, outcomeRecorded, {
        aggregateId,
        payload: {
          outcomeId: randomUUID(),
          conferenceId: randomUUID(),
          regionId: aggregateId,
          country: 'AT',
          kind: 'idea',
          title: `${aggregateId}#${n}`,
          description: '',
          fieldsOfAction: [],
          sdgs: [],
          recordedAt: new Date().toISOString(),
        },
      });
    }
    await sleep(60);
  }
}

/** The committed writes of one role, in the order they were made: who made each and its sequence number. */
async function writesOf(db: Db, table: 'applied' | 'relay_writes') {
  return selectRows<{ seq: string; holder: string }>(
    db,
    sql`select seq, holder from ${sql.raw(`probe.${table}`)} order by seq`,
  );
}

function takeover(writes: readonly { seq: string; holder: string }[]) {
  const firstOfB = writes.find((write) => write.holder === 'replica-b');
  const lastOfA = writes.filter((write) => write.holder === 'replica-a').at(-1);
  return { firstOfB: Number(firstOfB?.seq ?? Number.NaN), lastOfA: Number(lastOfA?.seq ?? Number.NaN) };
}

describe('a relay and a consumer whose lock connection is ended mid-run', () => {
  let database: TestDatabase;
  let db: Db;
  const replicas: { connection: DatabaseConnection; workers: Worker[] }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.connection.drizzle();
    await createProbeTables(db);
    await createPostgresTransport({ connection: database.connection, logger });
    for (const statement of [
      sql`create table probe.applied (seq bigserial primary key, holder text not null, aggregate text not null,
            n integer not null, event_id uuid not null)`,
      // What each relay committed, publishing to the log or marking the outbox, in the order it wrote it.
      sql`create table probe.relay_writes (seq bigserial primary key, holder text not null, what text not null)`,
      sql`create function probe.record_relay_write() returns trigger language plpgsql as $$
            begin
              insert into probe.relay_writes (holder, what) values (current_setting('application_name'), tg_argv[0]);
              return null;
            end $$`,
      sql`create trigger published after insert on eventbus.events
            for each row execute function probe.record_relay_write('publish')`,
      sql`create trigger marked after update on probe.outbox
            for each row execute function probe.record_relay_write('mark')`,
    ]) {
      await db.execute(statement);
    }
  });
  afterAll(async () => {
    for (const replica of replicas) {
      for (const worker of replica.workers) await worker.stop();
      await replica.connection.close();
    }
    await database?.dispose();
  });

  it('lets the second replica take over, commits nothing more from the first, and keeps order per aggregate', async () => {
    if (!database.url) throw new Error('the test needs a Postgres server');
    const producing = produce(db);
    replicas.push(await startReplica(database.url, 'replica-a'));
    const applied = async () =>
      Number((await selectRows<{ n: string }>(db, sql`select count(*) as n from probe.applied`))[0]?.n);
    await expect.poll(applied, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(total / 4);
    // The second replica waits for the roles the first one holds.
    replicas.push(await startReplica(database.url, 'replica-b'));
    await sleep(200);

    // The first replica's lock sessions end; its relay and consumer go on with their pools as if nothing happened.
    const ended = await selectRows<{ pid: number }>(
      db,
      sql`select pid, pg_terminate_backend(pid) from pg_locks
          where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(ended).toHaveLength(2);

    await producing;
    await expect.poll(applied, { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(total);
    await expect
      .poll(
        async () =>
          Number(
            (
              await selectRows<{ n: string }>(
                db,
                sql`select count(*) as n from probe.outbox where published_at is null`,
              )
            )[0]?.n,
          ),
        { timeout: 60_000, interval: 100 },
      )
      .toBe(0);
    // Long enough for a replica that still thinks it holds a role to write once more.
    await sleep(1_000);

    for (const table of ['applied', 'relay_writes'] as const) {
      const { firstOfB, lastOfA } = takeover(await writesOf(db, table));
      expect(firstOfB, `${table}: the second replica took over`).toBeGreaterThan(0);
      expect(lastOfA, `${table}: the first replica wrote nothing after the second took over`).toBeLessThan(firstOfB);
    }

    const [counts] = await selectRows<{ all: string; distinct: string }>(
      db,
      sql`select count(*) as all, count(distinct event_id) as distinct from probe.applied`,
    );
    expect(counts).toEqual({ all: String(total), distinct: String(total) });
    const outOfOrder = await selectRows<{ aggregate: string }>(
      db,
      sql`select aggregate from (
            select aggregate, n, lag(n) over (partition by aggregate order by seq) as previous from probe.applied
          ) applied where n <> previous + 1`,
    );
    expect(outOfOrder).toEqual([]);
    const logOutOfOrder = await selectRows<{ key: string }>(
      db,
      sql`select key from (
            select e.key, o.position, lag(o.position) over (partition by e.key order by e.position) as previous
            from eventbus.events e join probe.outbox o on o.id = e.event_id
          ) log where position < previous`,
    );
    expect(logOutOfOrder).toEqual([]);
  }, 240_000);
});
