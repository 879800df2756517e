import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./testing/service-entry.ts', import.meta.url));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the configuration every subgraph service reads', () => {
  it('stops before doing anything when a variable is wrong, naming each variable and what it expects', () => {
    const result = start({
      DATABASE_URL: 'mysql://nope',
      PORT: '70000',
      CALLER_CONTEXT_SECRET: 'short',
      SEED_DEMO_DATA: 'perhaps',
      EVENT_TRANSPORT: 'carrier-pigeon',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain(
      'DATABASE_URL: expected a postgres:// or postgresql:// connection URL (got "mysql://nope")',
    );
    expect(result.stderr).toContain('PORT: expected an integer TCP port between 0 and 65535 (got "70000")');
    expect(result.stderr).toContain(
      'CALLER_CONTEXT_SECRET: expected a secret of at least 32 characters (got a value of 5 characters)',
    );
    expect(result.stderr).toContain('SEED_DEMO_DATA: expected true or false (got "perhaps")');
    expect(result.stderr).toContain('EVENT_TRANSPORT: expected postgres or kafka');
  });

  it('asks for brokers when the Kafka transport is chosen, before touching the database', () => {
    const result = start({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      CALLER_CONTEXT_SECRET: 'x'.repeat(32),
      EVENT_TRANSPORT: 'kafka',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KAFKA_BROKERS: required when EVENT_TRANSPORT is kafka (it is not set)');
  });

  it('names a missing required variable', () => {
    const result = start({ CALLER_CONTEXT_SECRET: 'x'.repeat(32) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL: .* \(it is not set\)/);
  });

  it('takes the port of the service from the registry unless PORT says otherwise', () => {
    const settings = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', CALLER_CONTEXT_SECRET: 'x'.repeat(32) };
    expect(start(settings).stdout).toBe('configured for port 4999\n');
    expect(start({ ...settings, PORT: '5123' }).stdout).toBe('configured for port 5123\n');
  });
});
