import { embeddedJwtSecret } from './development-secret';

export interface ProductionSettings {
  NODE_ENV: 'development' | 'production' | 'test';
  JWT_SECRET?: string | undefined;
  JWKS_URL?: string | undefined;
  JWT_ISSUER?: string | undefined;
  JWT_AUDIENCE?: string | undefined;
  ALLOW_HS256: boolean;
}

/**
 * What a production gateway must not start with, each problem named: the development secret committed in this
 * repository (anyone could sign a staff token with it), shared-secret tokens unless explicitly allowed, and an
 * identity provider whose tokens are not bound to an issuer and an audience.
 */
export function productionProblems(settings: ProductionSettings): string[] {
  if (settings.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (settings.JWT_SECRET === embeddedJwtSecret) {
    problems.push('JWT_SECRET: the development secret committed in the repository is refused in production');
  } else if (settings.JWT_SECRET && !settings.ALLOW_HS256) {
    problems.push('JWT_SECRET: HS256 tokens are refused in production; use JWKS_URL, or set ALLOW_HS256=true');
  }
  if (settings.JWKS_URL && !settings.JWT_ISSUER) problems.push('JWT_ISSUER: required with JWKS_URL in production');
  if (settings.JWKS_URL && !settings.JWT_AUDIENCE) problems.push('JWT_AUDIENCE: required with JWKS_URL in production');
  return problems;
}
