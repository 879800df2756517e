import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing';

// A Postgres restart ends every connection of a process at once, some of them between a write being queued and sent,
// some in the middle of their handshake. The driver must fail or retry the queries concerned and reconnect; before
// the patch of postgres.js (patches/) it threw where nothing could catch it, and the process ended. Vitest fails the
// run on any uncaught exception or unhandled rejection, so a relapse shows here. A fault drill of its own
// (`npm run drill:lost-connections`), not part of `npm test`: some storms still leave a query waiting about a minute,
// or the LISTEN session longer than the half minute given, before the driver notices, so the run is not repeatable.
describe.runIf(process.env.RUN_DRILLS === '1')('a connection whose sessions are terminated', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('fails the queries concerned, keeps the process alive and works again afterwards', async ({ skip }) => {
    if (!database.url) skip('needs a Postgres server');
    const url = database.url as string;
    const db = database.connection.drizzle();
    const notified: number[] = [];
    const unlisten = await database.connection.listen('lost_connections', () => notified.push(Date.now()));
    const killer = postgres(url, { max: 1, onnotice: () => {} });
    let running = true;
    let failed = 0;
    const loop = async () => {
      while (running) {
        try {
          await db.transaction(async (tx) => {
            await tx.execute(sql`select 1`);
            await tx.execute(sql`select pg_notify('lost_connections', '')`);
          });
        } catch {
          failed += 1;
        }
      }
    };
    const loops = Array.from({ length: 8 }, loop);
    try {
      // Until the storm has hit some queries, however slowly the connections come up on a busy machine.
      for (let round = 0; round < 20 || (failed === 0 && round < 200); round += 1) {
        await sleep(50);
        await killer`select pg_terminate_backend(pid) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()`;
      }
    } finally {
      running = false;
      await killer.end({ timeout: 5 });
    }
    // Every query settles: none waits for the answer to something the new socket never sent.
    await Promise.all(loops);
    expect(failed).toBeGreaterThan(0);

    // Works again, and the LISTEN session came back as well; a server others test on may turn a connection away for
    // a moment (too many clients), so both get some time.
    const since = Date.now();
    let answered = false;
    for (let waited = 0; waited < 30_000 && !(answered && notified.some((at) => at >= since)); waited += 100) {
      try {
        await db.execute(sql`select pg_notify('lost_connections', '')`);
        answered = true;
      } catch {
        answered = false;
      }
      await sleep(100);
    }
    expect(answered).toBe(true);
    expect(notified.some((at) => at >= since)).toBe(true);
    await unlisten();
  }, 60_000);
});
