import { jwtVerify, SignJWT } from 'jose';
import { anonymousCaller, type Caller, callerSchema } from './caller';

/** Header in which the gateway hands the verified caller to subgraphs. */
export const callerHeader = 'x-mitmach-caller';

const audience = 'mitmach-subgraphs';
const issuer = 'mitmach-gateway';
// Short-lived: a captured header is useless a minute later.
const lifetimeSeconds = 60;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signCallerHeader(caller: Caller, secret: string): Promise<string> {
  return new SignJWT({ roles: [...caller.roles], regionIds: [...caller.regionIds] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.personId ?? 'anonymous')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(key(secret));
}

/**
 * Reads the caller a subgraph may trust. Anything missing, forged, expired or malformed yields the anonymous caller,
 * so a subgraph reached directly never grants more than public access.
 */
export async function readCallerHeader(value: string | string[] | undefined, secret: string): Promise<Caller> {
  if (typeof value !== 'string' || value.length === 0) return anonymousCaller;
  try {
    const { payload } = await jwtVerify(value, key(secret), { algorithms: ['HS256'], audience, issuer });
    const parsed = callerSchema.safeParse({
      personId: payload.sub === 'anonymous' ? null : payload.sub,
      roles: payload.roles,
      regionIds: payload.regionIds,
    });
    return parsed.success ? parsed.data : anonymousCaller;
  } catch {
    return anonymousCaller;
  }
}
