import { randomUUID } from 'node:crypto';
import type { Db } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { count, isNull } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outcomeRecorded } from '../contracts/conferences';
import { EventPayloadError } from '../envelope';
import { createProbeTables, notes, probeOutbox } from '../testing/probe-service';
import type { EventTransport, TransportRecord } from '../transport/transport';
import { createOutboxRelay } from './outbox-relay';
import { writeEvent, writeEvents } from './write-event';

const logger = pino({ level: 'silent' });
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.connection.drizzle();
  await createProbeTables(db);
});
afterAll(() => database?.dispose());

const payload = (regionId: string) => ({
  outcomeId: randomUUID(),
  conferenceId: randomUUID(),
  regionId,
  country: 'DE' as const,
  kind: 'action' as const,
  title: 'Repair-Café im Rathaus',
  description: 'Monatlich reparieren Ehrenamtliche mit Besucher:innen.',
  fieldsOfAction: ['economy'],
  sdgs: [12],
  recordedAt: new Date().toISOString(),
});

function recordingTransport(failTimes = 0): EventTransport & { published: TransportRecord[] } {
  const published: TransportRecord[] = [];
  let failures = failTimes;
  return {
    kind: 'postgres',
    published,
    async publish(records) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('broker unavailable');
      }
      published.push(...records);
    },
    subscribe: () => Promise.reject(new Error('not used')),
    resetGroup: () => Promise.resolve(),
    forgetKey: () => Promise.resolve(0),
    lag: () => Promise.resolve(0),
    close: () => Promise.resolve(),
  };
}

describe('outbox', () => {
  it('rejects a payload that breaks its contract, naming the field, and rolls the business write back', async () => {
    const id = randomUUID();
    const write = db.transaction(async (tx) => {
      await tx.insert(notes).values({ id, text: 'wird nicht gespeichert' });
      await writeEvent(tx, probeOutbox, outcomeRecorded, {
        aggregateId: id,
        payload: { ...payload(id), country: 'FR', sdgs: [18] } as never,
      });
    });
    await expect(write).rejects.toThrow(EventPayloadError);
    await expect(write).rejects.toThrow(
      /conferences\.outcome-recorded v1 has an invalid payload: country: .*; sdgs\.0: /,
    );
    const [notesLeft] = await db.select({ value: count() }).from(notes);
    const [events] = await db.select({ value: count() }).from(probeOutbox);
    expect(notesLeft?.value).toBe(0);
    expect(events?.value).toBe(0);
  });

  it('publishes in write order, marks rows published, and publishes again after a failed attempt', async () => {
    const regionId = randomUUID();
    await db.transaction(async (tx) => {
      for (let i = 0; i < 5; i += 1) {
        await writeEvent(tx, probeOutbox, outcomeRecorded, {
          aggregateId: regionId,
          payload: payload(regionId),
        });
      }
    });
    const transport = recordingTransport(1);
    const relay = createOutboxRelay({ connection: database.connection, outbox: probeOutbox, transport, logger });
    await expect(relay.publishPending()).rejects.toThrow('broker unavailable');
    const [pending] = await db.select({ value: count() }).from(probeOutbox).where(isNull(probeOutbox.publishedAt));
    expect(pending?.value).toBe(5);

    expect(await relay.publishPending()).toBe(5);
    const rows = await db.select().from(probeOutbox).orderBy(probeOutbox.position);
    expect(transport.published.map((record) => record.eventId)).toEqual(rows.map((row) => row.id));
    expect(rows.every((row) => row.publishedAt !== null)).toBe(true);
    const envelope = JSON.parse(transport.published[0]?.value ?? '{}');
    expect(envelope).toMatchObject({ name: 'conferences.outcome-recorded', version: 1, source: 'conferences' });
    expect(transport.published[0]?.topic).toBe('conferences.outcome.v1');
    expect(await relay.publishPending()).toBe(0);
  });

  it('writes a batch of events in order with a statement per thousand, and the relay publishes it in that order', async () => {
    const regionId = randomUUID();
    let statements = 0;
    const counted = database.connection.drizzle({ onQuery: () => (statements += 1) });
    const written = await counted.transaction((tx) =>
      writeEvents(
        tx,
        probeOutbox,
        outcomeRecorded,
        Array.from({ length: 2_500 }, () => ({ aggregateId: regionId, payload: payload(regionId) })),
      ),
    );
    // Three inserts and one notification, however many events: begin and commit are not logged as queries.
    expect(statements).toBe(4);
    const transport = recordingTransport();
    const relay = createOutboxRelay({ connection: database.connection, outbox: probeOutbox, transport, logger });
    let published = 0;
    for (let batch = await relay.publishPending(); batch > 0; batch = await relay.publishPending()) published += batch;
    expect(published).toBe(2_500);
    expect(transport.published.map((record) => record.eventId)).toEqual(written.map((envelope) => envelope.id));
  });

  it('wakes on commit rather than waiting for the poll interval', async () => {
    const transport = recordingTransport();
    const relay = createOutboxRelay({
      connection: database.connection,
      outbox: probeOutbox,
      transport,
      logger,
      pollIntervalMs: 60_000,
    });
    await relay.start();
    const regionId = randomUUID();
    await db.transaction((tx) =>
      writeEvent(tx, probeOutbox, outcomeRecorded, {
        aggregateId: regionId,
        payload: payload(regionId),
      }),
    );
    // Far within the minute the relay would otherwise sleep: only the commit's notification can have woken it.
    await vi.waitFor(() => expect(transport.published).toHaveLength(1), { timeout: 10_000 });
    await relay.stop();
  });
});
