import { createHash, randomBytes } from 'node:crypto';

// Recognisable in logs and secret scanners; 32 random bytes are beyond guessing.
const prefix = 'mk_';

export function newSecret(): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Only this is stored; a leaked table reveals no usable key. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Enough of a secret to tell which one a partner holds, not enough to use it. */
export function hintOf(secret: string): string {
  return `${secret.slice(0, prefix.length + 6)}…`;
}

export function looksLikeSecret(value: string): boolean {
  return value.startsWith(prefix) && value.length <= 128;
}
