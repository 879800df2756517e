import { randomBytes } from 'node:crypto';

// The Standard Webhooks form: `whsec_` and the base64 of the key, which the reference libraries decode.
const prefix = 'whsec_';

export function newWebhookSecret(): string {
  return `${prefix}${randomBytes(32).toString('base64')}`;
}

/** Enough of a secret to tell which one a receiver holds, not enough to sign with it. */
export function webhookSecretHint(secret: string): string {
  return `${secret.slice(0, prefix.length + 6)}…`;
}
