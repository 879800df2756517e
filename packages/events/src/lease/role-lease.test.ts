import { setTimeout as sleep } from 'node:timers/promises';
import { connectPostgres, type DatabaseConnection } from '@mitmach/db';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateEventbus } from '../transport/postgres/migrate-eventbus';
import { acquireRoleLease, LeaseLostError } from './role-lease';

describe('role lease', () => {
  let database: TestDatabase;
  let other: DatabaseConnection;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateEventbus(database.connection);
    other = database.url ? connectPostgres({ url: database.url, maxConnections: 2 }) : database.connection;
  });
  afterAll(async () => {
    if (other !== database.connection) await other?.close();
    await database?.dispose();
  });

  it('has one holder at a time, and each new holder a higher generation', async () => {
    const first = await acquireRoleLease(database.connection, 'role:a');
    expect(first?.generation).toBe(1);
    expect(await acquireRoleLease(other, 'role:a')).toBeNull();
    await first?.release();
    const second = await acquireRoleLease(other, 'role:a');
    expect(second?.generation).toBe(2);
    await second?.release();
  });

  it('refuses the writes of a holder once another took over', async () => {
    const old = await acquireRoleLease(database.connection, 'role:b');
    if (!old) throw new Error('the role is free');
    // The lock goes away without the holder taking part, as when its lock connection ends.
    await old.release();
    const successor = await acquireRoleLease(other, 'role:b');
    await expect(database.connection.drizzle().transaction(old.fence)).rejects.toThrow(LeaseLostError);
    await expect(other.drizzle().transaction(async (tx) => successor?.fence(tx))).resolves.toBeUndefined();
    await successor?.release();
  });

  it('lets a successor take over only once the write transactions that checked the lease have ended', async () => {
    const old = await acquireRoleLease(database.connection, 'role:c');
    if (!old) throw new Error('the role is free');
    let commitWrite!: () => void;
    const write = database.connection.drizzle().transaction(async (tx) => {
      await old.fence(tx);
      await new Promise<void>((resolve) => {
        commitWrite = resolve;
      });
    });
    await sleep(100);
    await old.release();
    let tookOver = false;
    const successor = acquireRoleLease(other, 'role:c').then((lease) => {
      tookOver = true;
      return lease;
    });
    await sleep(300);
    expect(tookOver).toBe(false);
    commitWrite();
    await write;
    expect((await successor)?.generation).toBe(old.generation + 1);
    await (await successor)?.release();
  });
});
