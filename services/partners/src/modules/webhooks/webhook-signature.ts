import { Webhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers of one attempt. During a secret's rotation the message carries a signature for each
 * secret that still works, separated by spaces, so a receiver verifies with whichever one it holds.
 */
export function signedHeaders(
  messageId: string,
  at: Date,
  body: string,
  secrets: readonly string[],
): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' '),
  };
}
