import { createHmac, timingSafeEqual } from 'node:crypto';

// The link stays valid as long as the mail may be read, and acting on it twice does no harm, so it is signed rather
// than stored: `<person id, 16 bytes>.<HMAC-SHA256>`, both base64url.
const purpose = 'unsubscribe-reminders';

const macOf = (secret: string, personId: string) =>
  createHmac('sha256', secret).update(`${purpose}:${personId}`).digest();

export function unsubscribeToken(secret: string, personId: string): string {
  const id = Buffer.from(personId.replace(/-/g, ''), 'hex').toString('base64url');
  return `${id}.${macOf(secret, personId).toString('base64url')}`;
}

/** The person a token was signed for, or null for anything that is not a token signed with this secret. */
export function personOfUnsubscribeToken(secret: string, token: string): string | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const hex = Buffer.from(match[1], 'base64url').toString('hex');
  const personId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = Buffer.from(match[2], 'base64url');
  const expected = macOf(secret, personId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : null;
}

/** The RFC 8058 headers: mail clients offer an unsubscribe button that POSTs `List-Unsubscribe=One-Click` to the URL. */
export function oneClickUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
