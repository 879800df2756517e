import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { silentLogger } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, processedEvents } from '../db/schema';
import { statisticsSubgraph } from '../subgraph';
import { recordOf } from '../testing/events';
import { fixtureEvents } from '../testing/fixture';

const command = fileURLToPath(new URL('../rebuild.ts', import.meta.url));

function rebuild(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', command], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await statisticsSubgraph.migrate(database.connection);
  const events = statisticsSubgraph.createConsumer({ db: database.connection.drizzle(), logger: silentLogger });
  for (const event of fixtureEvents()) await events?.consumer.process(recordOf(event));
});
afterAll(() => database?.dispose());

async function rowCounts() {
  const db = database.connection.drizzle();
  const [counted] = await db.select({ value: count() }).from(counters);
  const [processed] = await db.select({ value: count() }).from(processedEvents);
  return { counters: counted?.value ?? 0, processed: processed?.value ?? 0 };
}

describe('the rebuild command', () => {
  it('names a wrong variable and stops', async () => {
    const result = await rebuild({ DATABASE_URL: 'mysql://nope', EVENT_TRANSPORT: 'carrier-pigeon' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: expected a postgres:// or postgresql:// connection URL');
    expect(result.stderr).toContain('EVENT_TRANSPORT: expected postgres or kafka');
  });

  it('refuses while a statistics consumer holds the group', async () => {
    const release = await database.connection.tryLock('consumer:statistics');
    try {
      const result = await rebuild({ DATABASE_URL: database.url as string });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Rebuild failed: the statistics consumer is running/);
      expect((await rowCounts()).counters).toBeGreaterThan(0);
    } finally {
      await release?.();
    }
  });

  it('empties the read model and the processed ids, so that the consumer replays every event', async () => {
    expect(await rowCounts()).toMatchObject({ processed: fixtureEvents().length });
    const result = await rebuild({ DATABASE_URL: database.url as string, LOG_LEVEL: 'silent' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Statistics read model emptied; start the statistics service to replay every event.',
    );
    expect(await rowCounts()).toEqual({ counters: 0, processed: 0 });
  });
});
