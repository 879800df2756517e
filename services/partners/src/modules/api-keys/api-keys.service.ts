import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { ApiKeyRow } from '../../db/schema';
import { type ApiKeyInput, checkApiKeyInput } from './api-key-input';
import { endSecrets, insertApiKey, insertSecret, lockApiKey, revokeApiKeyRow } from './api-keys.repository';
import { hashSecret, hintOf, newSecret } from './secret';

export interface ApiKeyResult {
  apiKey: ApiKeyRow | null;
  secret?: string | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): ApiKeyResult => ({ apiKey: null, secret: null, userErrors });
const noSuchKey = () => rejected([userError(['input', 'id'], 'There is no API key with this id.', 'NOT_FOUND')]);

function requireStaff(caller: Caller) {
  if (!isStaff(caller)) throw forbidden('Only staff manage partner API keys.');
}

async function addSecret(db: Db, keyId: string): Promise<string> {
  const secret = newSecret();
  await insertSecret(db, { keyId, secretHash: hashSecret(secret), hint: hintOf(secret) });
  return secret;
}

export async function createApiKey(db: Db, caller: Caller, input: ApiKeyInput): Promise<ApiKeyResult> {
  requireStaff(caller);
  const errors = checkApiKeyInput(input, new Date());
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const key = await insertApiKey(tx, {
      name: input.name.trim(),
      contactEmail: input.contactEmail,
      allowedOrigins: [...new Set(input.allowedOrigins)],
      requestsPerMinute: input.requestsPerMinute,
      persistedDocumentsOnly: input.persistedDocumentsOnly ?? false,
      expiresAt: input.expiresAt ?? null,
      createdBy: caller.personId,
    });
    return { apiKey: key, secret: await addSecret(tx, key.id), userErrors: [] };
  });
}

const maxGraceHours = 168;

export async function rotateApiKey(
  db: Db,
  caller: Caller,
  input: { id: string; graceHours?: number | null },
): Promise<ApiKeyResult> {
  requireStaff(caller);
  const graceHours = input.graceHours ?? 24;
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > maxGraceHours) {
    return rejected([
      userError(['input', 'graceHours'], `The grace period is 0 to ${maxGraceHours} whole hours, got ${graceHours}.`),
    ]);
  }
  return db.transaction(async (tx) => {
    const key = await lockApiKey(tx, input.id);
    if (!key) return noSuchKey();
    if (key.revokedAt) {
      return rejected([userError(['input', 'id'], 'A revoked key cannot be rotated; create a new one.', 'REVOKED')]);
    }
    await endSecrets(tx, key.id, new Date(Date.now() + graceHours * 3_600_000));
    return { apiKey: key, secret: await addSecret(tx, key.id), userErrors: [] };
  });
}

export async function revokeApiKey(db: Db, caller: Caller, input: { id: string }): Promise<ApiKeyResult> {
  requireStaff(caller);
  return db.transaction(async (tx) => {
    const key = await lockApiKey(tx, input.id);
    if (!key) return noSuchKey();
    if (key.revokedAt) return { apiKey: key, userErrors: [] };
    return { apiKey: await revokeApiKeyRow(tx, key.id, new Date()), userErrors: [] };
  });
}
