import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const regionsWithActions =
  '{ regions(first: 20) { edges { node { name actions(first: 3) { edges { node { title } } } } } } }';

async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A gateway port whose next seven ports are free as well. */
async function freeBasePort(): Promise<number> {
  for (let base = 4700 + Math.floor(Math.random() * 100) * 10; base < 9000; base += 10) {
    const checks = await Promise.all(Array.from({ length: 8 }, (_, index) => portIsFree(base + index)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error('no eight free ports in a row');
}

interface GraphqlBody {
  data: { regions: { edges: { node: { name: string; actions: unknown } }[] } } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

describe('npm start -- --distributed', () => {
  let database: TestDatabase;
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let url: string;
  let base: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    if (!database.url) throw new Error('the distributed mode needs a Postgres server');
    base = await freeBasePort();
    child = spawn(process.execPath, ['--import', 'tsx', main, '--distributed'], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: database.url,
        PORT: String(base),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // Long enough to query while a killed service is down.
        RESTART_DELAY_MS: '15000',
      },
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`the launcher exited with ${code}:\n${output}`);
    });
    await Promise.race([
      exited,
      vi.waitFor(
        () => {
          const match = /GraphQL gateway: (\S+)/.exec(output);
          if (!match?.[1]) throw new Error('not started yet');
          url = match[1];
        },
        { timeout: 540_000, interval: 500 },
      ),
    ]);
    // Eight processes migrating and seeding on a busy two-core machine take minutes.
  }, 600_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await database?.dispose();
  }, 60_000);

  async function query(document: string): Promise<GraphqlBody> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document }),
    });
    return (await response.json()) as GraphqlBody;
  }

  it('seeds the empty database and answers through the gateway, every service a process of its own', async () => {
    const body = await query(regionsWithActions);
    expect(body.errors).toBeUndefined();
    expect(body.data?.regions.edges).toHaveLength(20);
    const pids = [...output.matchAll(/\[launcher\] ([a-z-]+) started \(pid (\d+)\)/g)].map((match) => match[1]);
    expect(new Set(pids)).toEqual(
      new Set(['regions', 'people', 'conferences', 'learning', 'action-pool', 'statistics', 'partners', 'gateway']),
    );
    expect(output).toMatch(/^action-pool +\| /m);
  });

  it('answers without a killed service, stays ready and degraded, and has it back once it is restarted', async () => {
    const pid = [...output.matchAll(/\[launcher\] action-pool started \(pid (\d+)\)/g)].at(-1)?.[1];
    process.kill(Number(pid), 'SIGKILL');
    await vi.waitFor(() => expect(output).toContain('action-pool died (signal SIGKILL); restarting in 15 s'), {
      timeout: 10_000,
    });
    const body = await query(regionsWithActions);
    const edges = body.data?.regions.edges ?? [];
    expect(edges).toHaveLength(20);
    expect(edges.every(({ node }) => typeof node.name === 'string' && node.actions === null)).toBe(true);
    expect(body.errors?.map((error) => [error.path?.join('.'), error.extensions?.service])).toEqual(
      edges.map((_edge, index) => [`regions.edges.${index}.node.actions`, 'action-pool']),
    );
    const ready = await fetch(`http://127.0.0.1:${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', subgraphs: { 'action-pool': 'unavailable' } });

    await vi.waitFor(
      async () => {
        const again = await query(regionsWithActions);
        expect(again.errors).toBeUndefined();
      },
      { timeout: 240_000, interval: 1_000 },
    );
    const restarted = [...output.matchAll(/\[launcher\] action-pool started \(pid (\d+)\)/g)].at(-1)?.[1];
    expect(restarted).not.toBe(pid);
  }, 300_000);

  it('stops every process on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    for (const [, pid] of output.matchAll(/started \(pid (\d+)\)/g)) {
      expect(() => process.kill(Number(pid), 0), `process ${pid}`).toThrow();
    }
  }, 60_000);
});
