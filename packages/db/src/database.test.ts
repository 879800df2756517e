import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { integer, pgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConnection, openPglite } from './database';
import { selectRows } from './rows';
import { seedId } from './seed-id';
import { createTestDatabase, type TestDatabase } from './testing';

// A one-statement migration folder in drizzle's layout, so both engines run the real migrator.
function migrationsFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
  mkdirSync(join(folder, 'meta'));
  writeFileSync(
    join(folder, '0000_init.sql'),
    'CREATE SCHEMA "probe";\n--> statement-breakpoint\nCREATE TABLE "probe"."things" ("n" integer PRIMARY KEY);',
  );
  const journal = {
    version: '7',
    dialect: 'postgresql',
    entries: [{ idx: 0, version: '7', when: 1, tag: '0000_init', breakpoints: true }],
  };
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

async function exercise(connection: DatabaseConnection) {
  const folder = migrationsFolder();
  await connection.migrate({ migrationsFolder: folder, schema: 'probe' });
  // A second run finds the journal and applies nothing.
  await connection.migrate({ migrationsFolder: folder, schema: 'probe' });
  const db = connection.drizzle();
  await db.execute(sql`insert into probe.things (n) values (1), (2)`);
  const rows = await selectRows<{ n: number }>(db, sql`select n from probe.things order by n`);
  expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
  expect(await connection.ping()).toBe(true);
}

const observedThings = pgTable('observed_things', { n: integer().primaryKey() });

// Every statement is seen once from sending to settling, in transactions and savepoints too, failures with their error.
async function exerciseObserver(connection: DatabaseConnection) {
  const seen: { sql: string; settled: boolean; failed: boolean }[] = [];
  const db = connection.drizzle({
    observe: (statement) => {
      const entry = { sql: statement, settled: false, failed: false };
      seen.push(entry);
      return (error) => {
        entry.settled = true;
        entry.failed = error !== undefined;
      };
    },
  });
  await db.execute(sql`create table observed_things (n integer primary key)`);
  await db.transaction(async (tx) => {
    await tx.insert(observedThings).values({ n: 1 });
    await tx.transaction((inner) => inner.insert(observedThings).values({ n: 2 }));
  });
  expect(await db.select().from(observedThings).orderBy(observedThings.n)).toEqual([{ n: 1 }, { n: 2 }]);
  await expect(db.execute(sql`select * from missing_things`)).rejects.toThrow();
  const statements = seen.filter((entry) => /observed_things|missing_things/.test(entry.sql));
  expect(statements.map((entry) => entry.sql.split(' ')[0])).toEqual([
    'create',
    'insert',
    'insert',
    'select',
    'select',
  ]);
  expect(seen.every((entry) => entry.settled)).toBe(true);
  expect(statements.map((entry) => entry.failed)).toEqual([false, false, false, false, true]);
}

describe('database connections', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.dispose());

  it('gives each test file its own database on the real Postgres', () => {
    expect(database.connection.kind).toBe('postgres');
    expect(database.url).toMatch(/\/test_[a-z0-9]+_[0-9a-f]{8}$/);
  });

  it('migrates idempotently and reads rows the same way on Postgres and on PGlite', async () => {
    await exercise(database.connection);
    const pglite = await openPglite();
    try {
      await exercise(pglite);
    } finally {
      await pglite.close();
    }
  });

  it('lets an observer see every statement until it settles, on Postgres and on PGlite', async () => {
    await exerciseObserver(database.connection);
    const pglite = await openPglite();
    try {
      await exerciseObserver(pglite);
    } finally {
      await pglite.close();
    }
  });
});

describe('seedId', () => {
  it('derives the same version-5-shaped UUID from the same key, and different ones otherwise', () => {
    expect(seedId('region', 'chiemgau')).toBe(seedId('region', 'chiemgau'));
    expect(seedId('region', 'chiemgau')).not.toBe(seedId('person', 'chiemgau'));
    expect(seedId('region', 'chiemgau')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
