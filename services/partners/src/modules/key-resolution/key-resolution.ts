import type { Db } from '@mitmach/db';
import { statusOf } from '../api-keys/api-key-status';
import { keyBySecretHash } from '../api-keys/api-keys.repository';
import { hashSecret, looksLikeSecret } from '../api-keys/secret';

/** What the gateway needs to serve a request made with a key, or why it must refuse it. */
export type KeyResolution =
  | {
      status: 'active';
      key: {
        id: string;
        name: string;
        allowedOrigins: string[];
        requestsPerMinute: number;
        persistedDocumentsOnly: boolean;
      };
    }
  | { status: 'unknown' }
  | { status: 'revoked'; since: string }
  | { status: 'expired'; since: string }
  | { status: 'secret-replaced'; since: string };

export async function resolveKey(db: Db, secret: string, now = new Date()): Promise<KeyResolution> {
  if (!looksLikeSecret(secret)) return { status: 'unknown' };
  const found = await keyBySecretHash(db, hashSecret(secret));
  if (!found) return { status: 'unknown' };
  const { key, validUntil } = found;
  const status = statusOf(key, now);
  if (status === 'revoked') return { status, since: (key.revokedAt as Date).toISOString() };
  if (status === 'expired') return { status, since: (key.expiresAt as Date).toISOString() };
  if (validUntil && validUntil <= now) return { status: 'secret-replaced', since: validUntil.toISOString() };
  return {
    status: 'active',
    key: {
      id: key.id,
      name: key.name,
      allowedOrigins: key.allowedOrigins,
      requestsPerMinute: key.requestsPerMinute,
      persistedDocumentsOnly: key.persistedDocumentsOnly,
    },
  };
}
