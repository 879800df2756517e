import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { anonymousCaller, type Caller, callerSchema, roles } from './caller';

export type BearerVerification =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

/** A token that is present but unusable; the gateway answers 401 rather than silently downgrading the caller. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

const claimsSchema = z.object({
  sub: z.uuid({ message: 'sub must be the person id (UUID)' }).optional(),
  roles: z
    .array(z.enum(roles, { message: `roles must be a list of ${roles.join(', ')}` }), {
      message: 'roles must be a list',
    })
    .min(1, { message: 'roles must name at least one role' }),
  regionIds: z.array(z.uuid({ message: 'regionIds must be UUIDs' })).default([]),
});

function callerFromClaims(payload: JWTPayload): Caller {
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) {
    throw new InvalidTokenError(`token claims are invalid: ${claims.error.issues.map((i) => i.message).join('; ')}`);
  }
  return callerSchema.parse({
    personId: claims.data.sub ?? null,
    roles: claims.data.roles,
    regionIds: claims.data.regionIds,
  });
}

export type BearerVerifier = (authorization: string | undefined) => Promise<Caller>;

export function createBearerVerifier(verification: BearerVerification): BearerVerifier {
  const keySource: Uint8Array | JWTVerifyGetKey =
    verification.kind === 'secret'
      ? new TextEncoder().encode(verification.secret)
      : createRemoteJWKSet(new URL(verification.jwksUrl));
  const options = {
    // A token without an expiry would be valid forever once leaked.
    requiredClaims: ['exp'],
    ...(verification.issuer ? { issuer: verification.issuer } : {}),
    ...(verification.audience ? { audience: verification.audience } : {}),
    ...(verification.kind === 'secret' ? { algorithms: ['HS256'] } : {}),
  };
  return async (authorization) => {
    if (!authorization) return anonymousCaller;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new InvalidTokenError('Authorization header must be "Bearer <token>"');
    try {
      const { payload } =
        typeof keySource === 'function'
          ? await jwtVerify(match[1], keySource, options)
          : await jwtVerify(match[1], keySource, options);
      return callerFromClaims(payload);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError(`token rejected: ${(error as Error).message}`);
    }
  };
}

export interface DevelopmentTokenOptions {
  secret: string;
  roles: Caller['roles'];
  personId?: string;
  regionIds?: string[];
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs a token as an identity provider would; for development and tests against the HS256 secret. */
export async function signDevelopmentToken(options: DevelopmentTokenOptions): Promise<string> {
  let token = new SignJWT({ roles: [...options.roles], regionIds: options.regionIds ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.personId) token = token.setSubject(options.personId);
  if (options.issuer) token = token.setIssuer(options.issuer);
  if (options.audience) token = token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(options.secret));
}
