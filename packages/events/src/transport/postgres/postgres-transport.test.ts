import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPglite } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import pino from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTransportContract } from '../../testing/transport-contract';
import type { EventTransport, TransportRecord } from '../transport';
import { createPostgresTransport } from './postgres-transport';

const logger = pino({ level: 'silent' });

describeTransportContract('Postgres (server)', async () => {
  const database = await createTestDatabase();
  const transport = await createPostgresTransport({ connection: database.connection, logger, pollIntervalMs: 100 });
  return {
    transport,
    async dispose() {
      await transport.close();
      await database.dispose();
    },
  };
});

describeTransportContract('Postgres (PGlite, embedded)', async () => {
  const connection = await openPglite();
  const transport = await createPostgresTransport({ connection, logger, pollIntervalMs: 100 });
  return {
    transport,
    async dispose() {
      await transport.close();
      await connection.close();
    },
  };
});

describe('Postgres transport cursor', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let transport: EventTransport;
  let producers: postgres.Sql;

  beforeAll(async () => {
    database = await createTestDatabase();
    transport = await createPostgresTransport({ connection: database.connection, logger, pollIntervalMs: 50 });
    producers = postgres(database.url ?? '', { max: 12, onnotice: () => {} });
  });
  afterAll(async () => {
    await transport?.close();
    await producers?.end({ timeout: 5 });
    await database?.dispose();
  });

  const insert = (sql: postgres.TransactionSql | postgres.Sql, topic: string, label: string) =>
    sql`insert into eventbus.events (topic, key, event_id, value) values (${topic}, ${label}, ${randomUUID()}, ${label})`;

  it('does not pass a record whose transaction commits after a later one', async () => {
    const topic = `cursor-${randomUUID()}`;
    const received: string[] = [];
    const subscription = await transport.subscribe({
      group: `cursor-${topic}`,
      topics: [topic],
      handle: async (record: TransportRecord) => {
        received.push(record.value);
      },
    });
    let commitEarly!: () => void;
    const early = producers.begin(async (sql) => {
      // Takes the lower position and the older transaction id, then holds its commit back.
      await insert(sql, topic, 'early');
      await new Promise<void>((resolve) => {
        commitEarly = resolve;
      });
    });
    await sleep(100);
    await insert(producers, topic, 'late');
    await sleep(600);
    expect(received).toEqual([]);
    commitEarly();
    await early;
    // The cursor also waits for older transactions of other clients of the server (other test files run beside this
    // one), so passing both may take that long too.
    await expect.poll(() => received.length, { timeout: 20_000, interval: 20 }).toBe(2);
    await subscription.stop();
    expect(received).toEqual(['early', 'late']);
  });

  it('delivers every record of concurrent producers whose transactions commit out of order', async () => {
    const topic = `concurrent-${randomUUID()}`;
    const received = new Map<string, number>();
    const subscription = await transport.subscribe({
      group: `concurrent-${topic}`,
      topics: [topic],
      handle: async (record: TransportRecord) => {
        received.set(record.value, (received.get(record.value) ?? 0) + 1);
      },
    });
    const labels: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, producer) =>
        (async () => {
          for (let n = 0; n < 20; n += 1) {
            const label = `p${producer}-${n}`;
            labels.push(label);
            await producers.begin(async (sql) => {
              await insert(sql, topic, label);
              await sleep(Math.random() * 15);
            });
          }
        })(),
      ),
    );
    await expect.poll(() => received.size, { timeout: 15_000, interval: 25 }).toBe(labels.length);
    await subscription.stop();
    expect(received.size).toBe(200);
    expect([...received.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('Postgres transport forgetting a key', () => {
  it("deletes the key's records of the topic and nothing else, so that no group receives them", async () => {
    const connection = await openPglite();
    const transport = await createPostgresTransport({ connection, logger, pollIntervalMs: 50 });
    try {
      const topic = `forget-${randomUUID()}.v1`;
      const other = `forget-${randomUUID()}.v1`;
      const record = (on: string, key: string): TransportRecord => ({
        topic: on,
        key,
        eventId: randomUUID(),
        value: `${on}/${key}`,
      });
      await transport.publish([
        record(topic, 'gone'),
        record(topic, 'kept'),
        record(topic, 'gone'),
        record(other, 'gone'),
      ]);
      expect(await transport.forgetKey(topic, 'gone')).toBe(2);
      expect(await transport.forgetKey(topic, 'gone')).toBe(0);
      const received: string[] = [];
      const subscription = await transport.subscribe({
        group: `forget-${topic}`,
        topics: [topic, other],
        handle: async (delivered) => {
          received.push(delivered.value);
        },
      });
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
      await subscription.stop();
      expect(received.sort()).toEqual([`${other}/gone`, `${topic}/kept`].sort());
    } finally {
      await transport.close();
      await connection.close();
    }
  });
});
