import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEnv } from './parse-env';
import { booleanFlag, httpUrl, port, postgresUrl, secret } from './variables';

const shape = {
  PORT: port(4000),
  DATABASE_URL: postgresUrl(),
  JWKS_URL: httpUrl().optional(),
  API_SECRET: secret(32),
  VERBOSE: booleanFlag(false),
  MODE: z.enum(['a', 'b']).default('a'),
};

describe('parseEnv', () => {
  it('applies defaults and converts values', () => {
    const env = parseEnv(shape, {
      DATABASE_URL: 'postgres://user@db:5432/app',
      API_SECRET: 's'.repeat(32),
      VERBOSE: 'yes',
      PORT: '',
    });
    expect(env).toEqual({
      PORT: 4000,
      DATABASE_URL: 'postgres://user@db:5432/app',
      JWKS_URL: undefined,
      API_SECRET: 's'.repeat(32),
      VERBOSE: true,
      MODE: 'a',
    });
  });

  it('reports every wrong variable at once, by name, without echoing secrets', () => {
    let error: unknown;
    try {
      parseEnv(shape, { PORT: 'eighty', DATABASE_URL: 'http://db', JWKS_URL: 'ftp://x', API_SECRET: 'hunter2' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT: expected a TCP port number (got "eighty")',
      'DATABASE_URL: expected a postgres:// or postgresql:// connection URL (got "http://db")',
      'JWKS_URL: expected an http:// or https:// URL (got "ftp://x")',
      'API_SECRET: expected a secret of at least 32 characters (got a value of 7 characters)',
    ]);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
