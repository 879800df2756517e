import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCallerKeys } from '@mitmach/auth';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./testing/service-entry.ts', import.meta.url));
const { publicKey } = generateCallerKeys();

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
      CALLER_VERIFICATION_KEY: 'short',
      SEED_DEMO_DATA: 'perhaps',
      DATABASE_STATEMENT_TIMEOUT_MS: '-5',
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
      'CALLER_VERIFICATION_KEY: expected an Ed25519 public key in PEM (SPKI) (got a value of 5 characters)',
    );
    expect(result.stderr).toContain(
      'DATABASE_STATEMENT_TIMEOUT_MS: expected a positive number of milliseconds (got "-5")',
    );
    expect(result.stderr).toContain('SEED_DEMO_DATA: expected true or false (got "perhaps")');
    expect(result.stderr).toContain('EVENT_TRANSPORT: expected postgres or kafka');
  });

  it('asks for brokers when the Kafka transport is chosen, before touching the database', () => {
    const result = start({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      CALLER_VERIFICATION_KEY: publicKey,
      EVENT_TRANSPORT: 'kafka',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KAFKA_BROKERS: required when EVENT_TRANSPORT is kafka (it is not set)');
  });

  it('names a missing required variable', () => {
    const result = start({ CALLER_VERIFICATION_KEY: publicKey });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL: .* \(it is not set\)/);
  });

  it('refuses to let unsigned callers in when NODE_ENV is production', () => {
    const result = start({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      CALLER_VERIFICATION_KEY: publicKey,
      NODE_ENV: 'production',
      ALLOW_UNSIGNED_CALLERS: 'true',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'ALLOW_UNSIGNED_CALLERS: refused in production, where every caller must be one the gateway signed',
    );
  });

  it('takes the port of the service from the registry unless PORT says otherwise', () => {
    const settings = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', CALLER_VERIFICATION_KEY: publicKey };
    expect(start(settings).stdout).toBe('configured for port 4999\n');
    expect(start({ ...settings, PORT: '5123' }).stdout).toBe('configured for port 5123\n');
  });
});
