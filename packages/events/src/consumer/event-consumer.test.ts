import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { count, countDistinct, sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeRecorded } from '../contracts/conferences';
import type { EventEnvelope } from '../envelope';
import { createOutboxRelay } from '../outbox/outbox-relay';
import { writeEvent } from '../outbox/write-event';
import { createProbeTables, effects, probeDeadLetters, probeOutbox, probeProcessed } from '../testing/probe-service';
import { createPostgresTransport } from '../transport/postgres/postgres-transport';
import type { EventTransport, TransportRecord } from '../transport/transport';
import { createDeadLetterStore } from './dead-letter-store';
import { createEventConsumer, on } from './event-consumer';

const logger = pino({ level: 'silent' });
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
let transport: EventTransport;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.connection.drizzle();
  await createProbeTables(db);
  transport = await createPostgresTransport({ connection: database.connection, logger, pollIntervalMs: 50 });
});
afterAll(async () => {
  await transport?.close();
  await database?.dispose();
});

function envelope(title: string): EventEnvelope {
  const regionId = randomUUID();
  return {
    id: randomUUID(),
    name: outcomeRecorded.name,
    version: 1,
    aggregateType: 'outcome',
    aggregateId: regionId,
    occurredAt: new Date().toISOString(),
    source: 'conferences',
    traceparent: null,
    payload: {
      outcomeId: randomUUID(),
      conferenceId: randomUUID(),
      regionId,
      country: 'AT',
      kind: 'idea',
      title,
      description: '',
      fieldsOfAction: [],
      sdgs: [],
      recordedAt: new Date().toISOString(),
    },
  };
}

const recordOf = (event: EventEnvelope | string): TransportRecord => ({
  topic: 'conferences.outcome.v1',
  key: 'k',
  eventId: typeof event === 'string' ? randomUUID() : event.id,
  value: typeof event === 'string' ? event : JSON.stringify(event),
});

async function effectCount(): Promise<number> {
  const [row] = await db.select({ value: count() }).from(effects);
  return row?.value ?? -1;
}

describe('event consumer', () => {
  let failing = true;
  // Created once the database exists (beforeAll).
  const deadLettersStore = () => createDeadLetterStore({ group: 'probe', db, table: probeDeadLetters, logger });
  const consumer = () =>
    createEventConsumer({
      group: 'probe',
      db,
      processed: probeProcessed,
      deadLetters: deadLettersStore(),
      logger,
      maxAttempts: 3,
      backoffMs: 5,
      handlers: [
        on(outcomeRecorded, async (tx, event) => {
          if (event.payload.title === 'poison' && failing) throw new Error('the read model rejects this outcome');
          await tx.insert(effects).values({ eventId: event.id, text: event.payload.title });
        }),
      ],
    });

  it('applies a redelivered event only once', async () => {
    const subject = consumer();
    const event = envelope('einmal');
    const before = await effectCount();
    expect(await subject.process(recordOf(event))).toEqual({ status: 'applied' });
    expect(await subject.process(recordOf(event))).toEqual({ status: 'duplicate' });
    expect(await effectCount()).toBe(before + 1);
  });

  it('parks a failing event after bounded retries, lists it, and applies it on replay', async () => {
    const subject = consumer();
    const before = await effectCount();
    const outcome = await subject.process(recordOf(envelope('poison')));
    expect(outcome).toEqual({ status: 'dead-lettered', error: 'the read model rejects this outcome' });
    expect(await effectCount()).toBe(before);
    const [letter] = await deadLettersStore().list();
    expect(letter).toMatchObject({ eventName: 'conferences.outcome-recorded', attempts: 3, replayedAt: null });

    expect(await subject.replay(letter?.id ?? '')).toEqual({
      status: 'dead-lettered',
      error: 'the read model rejects this outcome',
    });
    expect(await deadLettersStore().list()).toHaveLength(1);

    failing = false;
    expect(await subject.replay(letter?.id ?? '')).toEqual({ status: 'applied' });
    expect(await effectCount()).toBe(before + 1);
    expect(await deadLettersStore().list()).toEqual([]);
    expect((await deadLettersStore().list({ includeReplayed: true }))[0]?.replayedAt).toBeInstanceOf(Date);
  });

  it('waits out a lock timeout for as long as it lasts, dead-letters nothing, and keeps the order of the key', async () => {
    if (!database.url) return;
    const applied: string[] = [];
    const subject = createEventConsumer({
      group: 'probe-transient',
      db,
      processed: probeProcessed,
      deadLetters: deadLettersStore(),
      logger,
      maxAttempts: 2,
      backoffMs: 5,
      maxBackoffMs: 50,
      handlers: [
        on(outcomeRecorded, async (tx, event) => {
          // Gives up on the lock after 20 ms with SQLSTATE 55P03, as a busy database would.
          await tx.execute(sql`set local lock_timeout = '20ms'`);
          await tx.execute(sql`lock table probe.effects in row exclusive mode`);
          await tx.insert(effects).values({ eventId: event.id, text: event.payload.title });
          applied.push(event.payload.title);
        }),
      ],
    });
    const holder = postgres(database.url, { max: 1, onnotice: () => {} });
    let release: () => void = () => {};
    const held = new Promise<void>((locked) => {
      holder
        .begin(async (session) => {
          await session`lock table probe.effects in access exclusive mode`;
          locked();
          await new Promise<void>((resolve) => {
            release = resolve;
          });
        })
        .catch(() => undefined);
    });
    await held;
    const lettersBefore = (await deadLettersStore().list()).length;
    const first = envelope('zuerst');
    const second = envelope('danach');
    const worked = (async () => {
      const outcomes = [await subject.process(recordOf(first)), await subject.process(recordOf(second))];
      return outcomes;
    })();
    // Far more attempts than maxAttempts fail while the lock is held.
    await sleep(1_000);
    expect(applied).toEqual([]);
    release();
    expect(await worked).toEqual([{ status: 'applied' }, { status: 'applied' }]);
    expect(applied).toEqual(['zuerst', 'danach']);
    expect((await deadLettersStore().list()).length).toBe(lettersBefore);
    await holder.end({ timeout: 5 });
  });

  it('parks unreadable records and contract-breaking payloads at once', async () => {
    const subject = consumer();
    const broken = envelope('kaputt');
    (broken.payload as { country: string }).country = 'XX';
    expect((await subject.process(recordOf('{not json'))).status).toBe('dead-lettered');
    const outcome = await subject.process(recordOf(broken));
    expect(outcome).toMatchObject({ status: 'dead-lettered' });
    expect(outcome.status === 'dead-lettered' && outcome.error).toMatch(
      /payload breaks conferences.outcome-recorded v1: country/,
    );
  });

  it('rebuilds its effects by replaying the stream after a reset', async () => {
    await db.execute(sql`truncate probe.effects, probe.processed_events, probe.outbox`);
    for (let i = 0; i < 20; i += 1) {
      await db.transaction((tx) => {
        const event = envelope(`replay-${i}`);
        return writeEvent(tx, probeOutbox, outcomeRecorded, {
          aggregateId: event.aggregateId,
          payload: event.payload as never,
        });
      });
    }
    await createOutboxRelay({
      connection: database.connection,
      outbox: probeOutbox,
      transport,
      logger,
    }).publishPending();
    const subject = consumer();
    const worker = subject.worker(transport);
    await worker.start();
    await expect.poll(effectCount, { timeout: 15_000, interval: 20 }).toBe(20);
    await worker.stop();

    await db.execute(sql`truncate probe.effects`);
    await subject.reset(transport);
    await worker.start();
    await expect.poll(effectCount, { timeout: 15_000, interval: 20 }).toBe(20);
    // A little longer, so that an event applied twice would show in the count below.
    await sleep(200);
    await worker.stop();
    expect(await effectCount()).toBe(20);
  });
});

describe('a consumer process killed mid-batch', () => {
  it('applies every event exactly once after a restart', async () => {
    // Its own stream: the group reads the topic from the start.
    await db.execute(sql`truncate probe.effects, probe.outbox, eventbus.events`);
    const total = 400;
    for (let batch = 0; batch < total / 100; batch += 1) {
      await db.transaction(async (tx) => {
        for (let i = 0; i < 100; i += 1) {
          const event = envelope(`kill-${batch}-${i}`);
          await writeEvent(tx, probeOutbox, outcomeRecorded, {
            aggregateId: event.aggregateId,
            payload: event.payload as never,
          });
        }
      });
    }
    await createOutboxRelay({
      connection: database.connection,
      outbox: probeOutbox,
      transport,
      logger,
    }).publishPending();

    const script = fileURLToPath(new URL('../testing/consumer-process.ts', import.meta.url));
    const children: ChildProcess[] = [];
    const start = () => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, database.url ?? ''], { stdio: 'ignore' });
      children.push(child);
      return child;
    };
    try {
      const first = start();
      await expect.poll(effectCount, { timeout: 90_000, interval: 10 }).toBeGreaterThanOrEqual(100);
      first.kill('SIGKILL');
      await once(first, 'exit');
      expect(await effectCount()).toBeLessThan(total);

      start();
      await expect.poll(effectCount, { timeout: 90_000, interval: 50 }).toBeGreaterThanOrEqual(total);
      // A little longer, so that an event applied twice would show in the count below.
      await sleep(300);
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    }
    const [row] = await db.select({ all: count(), distinct: countDistinct(effects.eventId) }).from(effects);
    expect(row).toEqual({ all: total, distinct: total });
  }, 180_000);
});
