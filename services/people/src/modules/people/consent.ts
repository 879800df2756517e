import { type UserError, userError } from '@mitmach/server-kit';
import type { PersonRow } from '../../db/schema';
import { checkNotInFuture } from './person-input';

export interface ConsentCommand {
  given: boolean;
  at?: Date | null;
}

type ConsentState = Pick<PersonRow, 'publicProfileConsentedAt' | 'publicProfileWithdrawnAt'>;

const field = ['input', 'publicProfileConsent', 'at'];

/**
 * The consent columns after giving or withdrawing consent. Giving it again keeps the original date unless a new one is
 * stated; withdrawing what was never given changes nothing. A date must follow the previous change, so the record
 * tells the order in which things happened.
 */
export function applyConsent(
  current: ConsentState,
  command: ConsentCommand,
  now = new Date(),
): { state: ConsentState; userErrors: UserError[] } {
  const at = command.at ?? null;
  const unchanged = {
    publicProfileConsentedAt: current.publicProfileConsentedAt,
    publicProfileWithdrawnAt: current.publicProfileWithdrawnAt,
  };
  const errors = at ? checkNotInFuture(at, field, 'The date of consent') : [];
  if (command.given) {
    const withdrawn = current.publicProfileWithdrawnAt;
    if (at && withdrawn && at < withdrawn) {
      errors.push(userError(field, 'Consent cannot be given before it was last withdrawn.'));
    }
    const consentedAt = at ?? current.publicProfileConsentedAt ?? now;
    return { state: { ...unchanged, publicProfileConsentedAt: consentedAt }, userErrors: errors };
  }
  const consented = current.publicProfileConsentedAt;
  if (!consented) return { state: unchanged, userErrors: errors };
  if (at && at < consented) errors.push(userError(field, 'Consent cannot be withdrawn before it was given.'));
  return { state: { publicProfileConsentedAt: null, publicProfileWithdrawnAt: at ?? now }, userErrors: errors };
}
