import type { ApiKeyRow } from '../../db/schema';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export function statusOf(key: ApiKeyRow, now: Date): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  return 'active';
}
