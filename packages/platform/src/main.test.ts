import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const baseEnv = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' };

function waitForUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL gateway: (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
}

describe('npm start (embedded mode)', () => {
  it('starts ephemeral, prints the gateway URL, serves queries and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--ephemeral'], {
      env: { ...baseEnv, PORT: '0', HOST: '127.0.0.1' },
    });
    try {
      const url = await waitForUrl(child);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
      });
      const body = (await response.json()) as { data: { regions: { totalCount: number } } };
      expect(body.data.regions.totalCount).toBeGreaterThan(40);
      child.kill('SIGTERM');
      const [code, signal] = await once(child, 'exit');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // Migrating and seeding six services on in-process PGlite takes a while on a busy two-core machine.
  }, 180_000);

  it('refuses a wrong PORT before starting', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { ...baseEnv, PORT: 'abc', EPHEMERAL: 'true' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: expected a TCP port number (got "abc")');
  }, 90_000);

  it('refuses a mistyped flag instead of starting the other mode', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', main, '--distibuted'], {
      env: { ...baseEnv, EPHEMERAL: 'true' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("Unknown option '--distibuted'\nusage: npm start [-- --distributed | --ephemeral]\n");
  }, 90_000);
});
