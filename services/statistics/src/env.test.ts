import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('service configuration', () => {
  it('stops before doing anything when a variable is wrong, naming each variable and what it expects', () => {
    const result = start({
      DATABASE_URL: 'mysql://nope',
      PORT: '70000',
      CALLER_CONTEXT_SECRET: 'short',
      SEED_DEMO_DATA: 'perhaps',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain(
      'DATABASE_URL: expected a postgres:// or postgresql:// connection URL (got "mysql://nope")',
    );
    expect(result.stderr).toContain('PORT: expected an integer TCP port between 0 and 65535 (got "70000")');
    expect(result.stderr).toContain(
      'CALLER_CONTEXT_SECRET: expected a secret of at least 32 characters (got a value of 5 characters)',
    );
    expect(result.stderr).toContain('SEED_DEMO_DATA: expected true or false (got "perhaps")');
  });

  it('names a missing required variable', () => {
    const result = start({ CALLER_CONTEXT_SECRET: 'x'.repeat(32) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL: .* \(it is not set\)/);
  });
});
