import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCallerKeys } from '@mitmach/auth';
import { describe, expect, it } from 'vitest';
import { embeddedJwtSecret } from './development-secret';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const { privateKey } = generateCallerKeys();

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', CALLER_SIGNING_KEY: privateKey, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('gateway configuration', () => {
  it('does not start in production with the development secret, and says why', () => {
    const result = start({ NODE_ENV: 'production', JWT_SECRET: embeddedJwtSecret });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'JWT_SECRET: the development secret committed in the repository is refused in production',
    );
  });

  it('refuses HS256 tokens in production unless allowed, JWKS without issuer and audience, and bad limits', () => {
    const hs256 = start({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(48) });
    expect(hs256.status).toBe(1);
    expect(hs256.stderr).toContain(
      'JWT_SECRET: HS256 tokens are refused in production; use JWKS_URL, or set ALLOW_HS256=true',
    );
    const limits = start({ JWT_SECRET: 's'.repeat(48), OPERATION_LIMITS: 'depth=zero' });
    expect(limits.status).toBe(1);
    expect(limits.stderr).toContain('OPERATION_LIMITS: depth must be a positive integer, got "zero"');
    const jwks = start({ NODE_ENV: 'production', JWKS_URL: 'https://id.example.org/jwks' });
    expect(jwks.status).toBe(1);
    expect(jwks.stderr).toContain('JWT_ISSUER: required with JWKS_URL in production');
    expect(jwks.stderr).toContain('JWT_AUDIENCE: required with JWKS_URL in production');
  });

  it('wants the caller signing key as an Ed25519 private key', () => {
    const result = start({ CALLER_SIGNING_KEY: generateCallerKeys().publicKey, JWT_SECRET: 's'.repeat(48) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CALLER_SIGNING_KEY: expected an Ed25519 private key in PEM (PKCS #8)');
  });
});
