import { describe, expect, it } from 'vitest';
import { embeddedJwtSecret } from './development-secret';
import { productionProblems } from './production-checks';

const production = { NODE_ENV: 'production' as const, ALLOW_HS256: false };

describe('production checks of the gateway', () => {
  it('refuse the committed development secret, even when HS256 is allowed', () => {
    expect(productionProblems({ ...production, JWT_SECRET: embeddedJwtSecret, ALLOW_HS256: true })).toEqual([
      'JWT_SECRET: the development secret committed in the repository is refused in production',
    ]);
  });

  it('refuse HS256 unless it is explicitly allowed', () => {
    const secret = 's'.repeat(48);
    expect(productionProblems({ ...production, JWT_SECRET: secret })).toEqual([
      'JWT_SECRET: HS256 tokens are refused in production; use JWKS_URL, or set ALLOW_HS256=true',
    ]);
    expect(productionProblems({ ...production, JWT_SECRET: secret, ALLOW_HS256: true })).toEqual([]);
  });

  it('want issuer and audience with a JWKS URL', () => {
    expect(productionProblems({ ...production, JWKS_URL: 'https://id.example.org/jwks' })).toEqual([
      'JWT_ISSUER: required with JWKS_URL in production',
      'JWT_AUDIENCE: required with JWKS_URL in production',
    ]);
    expect(
      productionProblems({
        ...production,
        JWKS_URL: 'https://id.example.org/jwks',
        JWT_ISSUER: 'https://id.example.org',
        JWT_AUDIENCE: 'mitmach-api',
      }),
    ).toEqual([]);
  });

  it('leave development alone', () => {
    expect(productionProblems({ NODE_ENV: 'development', ALLOW_HS256: false, JWT_SECRET: embeddedJwtSecret })).toEqual(
      [],
    );
  });
});
