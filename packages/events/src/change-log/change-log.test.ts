import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectPostgres, type DatabaseConnection, type Db } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { sql } from 'drizzle-orm';
import { pgSchema } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangePayload } from '../change/change-event';
import type { EventEnvelope } from '../envelope';
import { uuidV7 } from '../uuid-v7';
import { appendChange } from './append-change';
import { ChangeCursorError, decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import { changeLogTable } from './change-log-table';
import { type LoggedChange, latestChangeCursor, ReadChangesError, readChanges } from './read-changes';

const log = changeLogTable(pgSchema('reader'));
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.connection.drizzle();
  await db.execute(sql`create schema reader`);
  await db.execute(sql`create table reader.change_log (
    position bigserial primary key, tx xid8 not null default pg_current_xact_id(), event_id uuid not null unique,
    event_name text not null, source text not null, entity_type text not null, entity_id text not null,
    key jsonb not null, kind text not null, changed_fields jsonb not null, public boolean not null,
    version integer not null, occurred_at timestamptz not null)`);
});
afterAll(() => database?.dispose());

function change(entityType: string, entityId: string = randomUUID(), version = 1): EventEnvelope<ChangePayload> {
  return {
    id: uuidV7(),
    name: `regions.${entityType}-changed`,
    version: 1,
    aggregateType: entityType,
    aggregateId: entityId,
    occurredAt: new Date().toISOString(),
    source: 'regions',
    traceparent: null,
    payload: {
      key: { id: entityId },
      kind: version === 1 ? 'created' : 'updated',
      changedFields: ['name'],
      public: true,
      version,
    },
  };
}

/**
 * Reads from a cursor page by page until `expected` changes came (once when none are expected). A transaction that
 * another test file holds open on the same server holds back every change committed after it began, so what this
 * file committed may take a while to become readable.
 */
async function readAll(after: string | null, entityTypes: string[] | undefined, expected: number) {
  const seen: LoggedChange[] = [];
  let cursor = after;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = await readChanges(db, log, { after: cursor, limit: 7, ...(entityTypes ? { entityTypes } : {}) });
    seen.push(...page.changes);
    cursor = page.endCursor;
    if (page.hasMore) continue;
    if (seen.length >= expected || Date.now() > deadline) return { seen, cursor };
    await sleep(20);
  }
}

// Beyond the 60 s a read may wait for changes held back by other test files' transactions.
describe('change log', { timeout: 120_000 }, () => {
  it('reads changes in order per entity type, page by page, and stores a redelivered event once', async () => {
    const start = await latestChangeCursor(db, log);
    const region = change('region');
    await appendChange(db, log, region);
    await appendChange(db, log, region);
    await appendChange(db, log, change('peer-group'));
    const second = change('region', region.aggregateId, 2);
    await appendChange(db, log, second);

    const regions = await readAll(start, ['region'], 2);
    expect(regions.seen.map((entry) => entry.eventId)).toEqual([region.id, second.id]);
    expect(regions.seen[1]).toMatchObject({
      eventName: 'regions.region-changed',
      entityType: 'region',
      entityId: region.aggregateId,
      key: { id: region.aggregateId },
      kind: 'updated',
      changedFields: ['name'],
      public: true,
      version: 2,
    });
    const all = await readAll(start, undefined, 3);
    expect(all.seen.map((entry) => entry.entityType)).toEqual(['region', 'peer-group', 'region']);
    const after = await readChanges(db, log, { after: all.cursor, limit: 10 });
    expect(after).toEqual({ changes: [], endCursor: all.cursor, hasMore: false });
    expect(await latestChangeCursor(db, log)).toBe(all.cursor);
  });

  it('refuses a cursor it did not issue, a limit out of range and a malformed entity type, saying which', async () => {
    for (const bad of ['nonsense', encodeURIComponent('c1:1:2'), Buffer.from('c1:-1:0').toString('base64url')]) {
      await expect(readChanges(db, log, { after: bad, limit: 10 })).rejects.toThrow(ChangeCursorError);
    }
    await expect(readChanges(db, log, { after: 'x'.repeat(5000), limit: 1 })).rejects.toThrow(/not a change cursor/);
    await expect(readChanges(db, log, { limit: 0 })).rejects.toThrow(ReadChangesError);
    await expect(readChanges(db, log, { limit: 1001 })).rejects.toThrow(/limit must be a whole number from 1 to 1000/);
    await expect(readChanges(db, log, { limit: 1.5 })).rejects.toThrow(ReadChangesError);
    await expect(readChanges(db, log, { limit: 5, entityTypes: [] })).rejects.toThrow(/1 to 50 entity types/);
    await expect(readChanges(db, log, { limit: 5, entityTypes: ["region' or 1=1"] })).rejects.toThrow(
      /is not an entity type/,
    );
    const cursor = { tx: '18446744073709551615', position: 9007199254740991 };
    expect(decodeChangeCursor(encodeChangeCursor(cursor))).toEqual(cursor);
  });
});

describe('change log under concurrent writers', { timeout: 120_000 }, () => {
  let writers: DatabaseConnection;
  let writerDb: Db;

  beforeAll(() => {
    if (!database.url) return;
    writers = connectPostgres({ url: database.url, maxConnections: 12 });
    writerDb = writers.drizzle();
  });
  afterAll(() => writers?.close());

  it('does not pass a change whose transaction commits after a later one', async (context) => {
    if (!database.url) return context.skip('needs a Postgres server for concurrent transactions');
    const start = await latestChangeCursor(db, log);
    const early = change('conference');
    const late = change('conference');
    let commitEarly!: () => void;
    let appended!: () => void;
    const earlyAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });
    const earlyWrite = writerDb.transaction(async (tx) => {
      // Takes the lower position and the older transaction id, then holds its commit back.
      await appendChange(tx, log, early);
      appended();
      await new Promise<void>((resolve) => {
        commitEarly = resolve;
      });
    });
    await earlyAppended;
    await appendChange(writerDb, log, late);
    const held = await readAll(start, ['conference'], 0);
    expect(held.seen).toEqual([]);
    expect(held.cursor).toBe(start);
    commitEarly();
    await earlyWrite;
    const released = await readAll(held.cursor, ['conference'], 2);
    expect(released.seen.map((entry) => entry.eventId)).toEqual([early.id, late.id]);
  });

  it('lets a reader following from a cursor under 10 concurrent writers miss and repeat nothing', async (context) => {
    if (!database.url) return context.skip('needs a Postgres server for concurrent transactions');
    const start = await latestChangeCursor(db, log);
    const written: string[] = [];
    const seen = new Map<string, number>();
    let writing = true;
    let readUntil = Number.POSITIVE_INFINITY;
    let reads = 0;
    const reader = (async () => {
      let cursor = start;
      for (;;) {
        const page = await readChanges(db, log, { after: cursor, limit: 13, entityTypes: ['action'] });
        reads += 1;
        for (const entry of page.changes) seen.set(entry.eventId, (seen.get(entry.eventId) ?? 0) + 1);
        cursor = page.endCursor;
        // Once every writer committed, the reader follows until it saw as many as were written: a change still held
        // back by another test file's open transaction comes later, a missed one never does and fails below.
        if (!writing && seen.size >= written.length && page.changes.length === 0) return;
        if (Date.now() > readUntil) return;
        if (page.changes.length === 0) await sleep(2);
      }
    })();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        (async () => {
          const actionId = randomUUID();
          for (let version = 1; version <= 30; version += 1) {
            const event = change('action', actionId, version);
            await writerDb.transaction(async (tx) => {
              await appendChange(tx, log, event);
              // Commits land out of the order in which positions were taken.
              await sleep(Math.random() * 8);
            });
            written.push(event.id);
            if (version % 10 === 0) await appendChange(writerDb, log, change('region'));
          }
        })(),
      ),
    );
    readUntil = Date.now() + 60_000;
    writing = false;
    await reader;
    expect(written).toHaveLength(300);
    expect(reads).toBeGreaterThan(10);
    expect([...seen.keys()].sort()).toEqual([...written].sort());
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });
});
