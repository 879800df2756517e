import { randomUUID } from 'node:crypto';
import type { Db } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProbeTables, probeDeadLetters, probeOutbox, probeProcessed } from '../testing/probe-service';
import { createRetentionPruner } from './retention-pruner';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.connection.drizzle();
  await createProbeTables(db);
});
afterAll(() => database?.dispose());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

function outboxRow(title: string, publishedAt: Date | null) {
  return {
    id: randomUUID(),
    name: 'probe.noted',
    version: 1,
    topic: 'probe.noted.v1',
    aggregateType: 'note',
    aggregateId: title,
    occurredAt: hoursAgo(100),
    source: 'probe',
    payload: { title },
    publishedAt,
  };
}

function letter(replayedAt: Date | null) {
  return {
    consumerGroup: 'probe',
    eventId: randomUUID(),
    topic: 'probe.noted.v1',
    value: '{}',
    error: 'failed',
    attempts: 5,
    failedAt: hoursAgo(100),
    replayedAt,
  };
}

describe('retention pruner', () => {
  it('deletes only what is older than the retention and done with: published, processed, replayed', async () => {
    await db
      .insert(probeOutbox)
      .values([outboxRow('old', hoursAgo(50)), outboxRow('recent', hoursAgo(1)), outboxRow('unpublished', null)]);
    const recentProcessed = randomUUID();
    await db.insert(probeProcessed).values([
      { consumerGroup: 'probe', eventId: randomUUID(), processedAt: hoursAgo(50) },
      { consumerGroup: 'probe', eventId: recentProcessed, processedAt: hoursAgo(1) },
    ]);
    await db.insert(probeDeadLetters).values([letter(hoursAgo(50)), letter(hoursAgo(1)), letter(null)]);

    const pruner = createRetentionPruner({
      db,
      logger: pino({ level: 'silent' }),
      outbox: probeOutbox,
      processed: probeProcessed,
      deadLetters: probeDeadLetters,
      retentionMs: 24 * 3_600_000,
      batchSize: 1,
    });
    expect(await pruner.prune()).toEqual({ outbox: 1, processed: 1, deadLetters: 1 });
    const outbox = await db.select({ title: sql<string>`payload->>'title'` }).from(probeOutbox);
    expect(outbox.map((row) => row.title).sort()).toEqual(['recent', 'unpublished']);
    expect((await db.select().from(probeProcessed)).map((row) => row.eventId)).toEqual([recentProcessed]);
    expect((await db.select().from(probeDeadLetters)).map((row) => row.replayedAt === null).sort()).toEqual([
      false,
      true,
    ]);
    expect(await pruner.prune()).toEqual({ outbox: 0, processed: 0, deadLetters: 0 });
  });
});
