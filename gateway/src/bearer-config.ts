import type { BearerVerification } from '@mitmach/auth';

export interface BearerSettings {
  JWT_SECRET?: string | undefined;
  JWKS_URL?: string | undefined;
  JWT_ISSUER?: string | undefined;
  JWT_AUDIENCE?: string | undefined;
}

/** Production verifies against the identity provider's JWKS; development and embedded mode use an HS256 secret. */
export function bearerVerification(settings: BearerSettings): BearerVerification {
  const claims = {
    ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
    ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
  };
  if (settings.JWKS_URL && settings.JWT_SECRET) {
    throw new Error('Set either JWKS_URL or JWT_SECRET, not both.');
  }
  if (settings.JWKS_URL) return { kind: 'jwks', jwksUrl: settings.JWKS_URL, ...claims };
  if (settings.JWT_SECRET) return { kind: 'secret', secret: settings.JWT_SECRET, ...claims };
  throw new Error('Set JWKS_URL (production) or JWT_SECRET (development) so that the gateway can verify tokens.');
}
