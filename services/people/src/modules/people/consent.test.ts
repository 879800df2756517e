import { describe, expect, it } from 'vitest';
import { applyConsent } from './consent';

const now = new Date('2025-06-01T10:00:00Z');
const never = { publicProfileConsentedAt: null, publicProfileWithdrawnAt: null };
const consented = { publicProfileConsentedAt: new Date('2024-03-01T12:00:00Z'), publicProfileWithdrawnAt: null };

describe('consent to a public profile', () => {
  it('records consent now, or on the date of the signed form', () => {
    expect(applyConsent(never, { given: true }, now).state.publicProfileConsentedAt).toEqual(now);
    const signed = new Date('2025-05-20T09:00:00+02:00');
    expect(applyConsent(never, { given: true, at: signed }, now).state.publicProfileConsentedAt).toEqual(signed);
  });

  it('keeps the original date when consent is given again without a date', () => {
    expect(applyConsent(consented, { given: true }, now).state).toEqual(consented);
  });

  it('withdraws consent and remembers when', () => {
    const result = applyConsent(consented, { given: false }, now);
    expect(result.userErrors).toEqual([]);
    expect(result.state).toEqual({ publicProfileConsentedAt: null, publicProfileWithdrawnAt: now });
  });

  it('changes nothing when consent that was never given is withdrawn', () => {
    expect(applyConsent(never, { given: false }, now)).toEqual({ state: never, userErrors: [] });
  });

  it('refuses dates in the future and dates out of order', () => {
    const future = applyConsent(never, { given: true, at: new Date('2999-01-01T00:00:00Z') });
    expect(future.userErrors.map((error) => error.field.join('.'))).toEqual(['input.publicProfileConsent.at']);
    const beforeConsent = applyConsent(consented, { given: false, at: new Date('2024-01-01T00:00:00Z') }, now);
    expect(beforeConsent.userErrors[0]?.message).toBe('Consent cannot be withdrawn before it was given.');
    const withdrawn = { publicProfileConsentedAt: null, publicProfileWithdrawnAt: new Date('2025-01-01T00:00:00Z') };
    const beforeWithdrawal = applyConsent(withdrawn, { given: true, at: new Date('2024-12-01T00:00:00Z') }, now);
    expect(beforeWithdrawal.userErrors[0]?.message).toBe('Consent cannot be given before it was last withdrawn.');
  });
});

describe('consent state', () => {
  it('holds the two consent columns only, whatever record it was taken from', () => {
    const person = { ...consented, phone: '+49 30 1234567', email: 'x@example.org' };
    for (const command of [{ given: true }, { given: false }]) {
      expect(Object.keys(applyConsent(person, command, now).state).sort()).toEqual([
        'publicProfileConsentedAt',
        'publicProfileWithdrawnAt',
      ]);
    }
  });
});
