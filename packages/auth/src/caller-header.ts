import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { type Caller, callerClass, callerSchema } from './caller';

/** Header in which the gateway hands the verified caller to a subgraph. */
export const callerHeader = 'x-mitmach-caller';

const issuer = 'mitmach-gateway';
// A captured header is useless seconds later, and it opens only the subgraph it names.
const lifetimeSeconds = 30;
// A cached header is replaced while it still has this long to live, so it never expires in flight.
const renewBeforeSeconds = 10;

/** A caller header that cannot be trusted: missing, forged, expired, for another subgraph or malformed. */
export class InvalidCallerHeaderError extends Error {}

function keyFrom(pem: string, kind: 'private' | 'public'): KeyObject {
  // Environment variables often carry PEM with its line breaks escaped.
  const text = pem.includes('\\n') ? pem.replaceAll('\\n', '\n') : pem;
  const key = kind === 'private' ? createPrivateKey(text) : createPublicKey(text);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the caller ${kind} key must be an Ed25519 key`);
  return key;
}

/** Reads an Ed25519 key in PEM (PKCS #8 private, SPKI public); throws a message fit for a configuration error. */
export function readCallerKey(pem: string, kind: 'private' | 'public'): KeyObject {
  try {
    return keyFrom(pem, kind);
  } catch (error) {
    const reason = (error as Error).message;
    throw new Error(
      reason.startsWith('the caller')
        ? reason
        : `expected an Ed25519 ${kind} key in PEM (${kind === 'private' ? 'PKCS #8' : 'SPKI'})`,
    );
  }
}

/** A fresh key pair for the gateway (private) and the subgraphs (public), in PEM. */
export function generateCallerKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export interface CallerSigner {
  /** The header for one subgraph; the same caller and subgraph get the same header while it is fresh. */
  sign(caller: Caller, subgraph: string): Promise<string>;
}

/**
 * Signs caller headers with the gateway's private key (EdDSA), so that no subgraph, holding only the public key, can
 * mint a caller. One signature per caller, subgraph and lifetime: a request fanning out to six subgraphs, or a partner
 * sending the same query a thousand times, reuses them.
 */
export function createCallerSigner(privateKeyPem: string, now: () => number = Date.now): CallerSigner {
  const key = readCallerKey(privateKeyPem, 'private');
  const cache = new Map<string, { header: string; renewAt: number }>();
  return {
    async sign(caller, subgraph) {
      const cacheKey = `${subgraph}\u0000${callerClass(caller)}`;
      const cached = cache.get(cacheKey);
      const time = now();
      if (cached && cached.renewAt > time) return cached.header;
      const issuedAt = Math.floor(time / 1000);
      const claims = { roles: [...caller.roles], regionIds: [...caller.regionIds] };
      const header = await new SignJWT(caller.partnerKeyId ? { ...claims, partnerKeyId: caller.partnerKeyId } : claims)
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject(caller.personId ?? 'anonymous')
        .setIssuer(issuer)
        .setAudience(subgraph)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + lifetimeSeconds)
        .sign(key);
      // Bounded: roles and regions combine into few distinct callers, and stale entries are replaced, not kept.
      if (cache.size > 10_000) cache.clear();
      cache.set(cacheKey, { header, renewAt: (issuedAt + lifetimeSeconds - renewBeforeSeconds) * 1000 });
      return header;
    },
  };
}

export interface CallerVerifier {
  /** The caller the gateway signed for this subgraph; throws InvalidCallerHeaderError otherwise. */
  verify(header: string | string[] | undefined): Promise<Caller>;
}

export function createCallerVerifier(publicKeyPem: string, subgraph: string): CallerVerifier {
  const key = readCallerKey(publicKeyPem, 'public');
  return {
    async verify(header) {
      if (typeof header !== 'string' || header.length === 0) throw new InvalidCallerHeaderError('no caller header');
      let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
      try {
        ({ payload } = await jwtVerify(header, key, {
          algorithms: ['EdDSA'],
          issuer,
          audience: subgraph,
          requiredClaims: ['exp', 'iat'],
          maxTokenAge: `${lifetimeSeconds + 5}s`,
        }));
      } catch (error) {
        throw new InvalidCallerHeaderError(`caller header rejected: ${(error as Error).message}`);
      }
      const parsed = callerSchema.safeParse({
        personId: payload.sub === 'anonymous' ? null : payload.sub,
        roles: payload.roles,
        regionIds: payload.regionIds,
        ...(payload.partnerKeyId === undefined ? {} : { partnerKeyId: payload.partnerKeyId }),
      });
      if (!parsed.success) throw new InvalidCallerHeaderError('caller header has malformed claims');
      return parsed.data;
    },
  };
}
