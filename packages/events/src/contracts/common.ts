import { z } from 'zod';

export const uuid = z.uuid();
export const date = z.iso.date();
export const dateTime = z.iso.datetime({ offset: true });
export const country = z.enum(['DE', 'AT', 'CH', 'IT']);
export const fieldSlugs = z.array(z.string().min(1));
export const sdgNumbers = z.array(z.number().int().min(1).max(17));
/** The sectors people come from, as every service stores them and the events carry them. */
export const sectors = [
  'civil_society',
  'politics',
  'administration',
  'business',
  'science',
  'education',
  'other',
] as const;
export const sector = z.enum(sectors);
/** The stages of a region, as the regions service stores them and the events carry them. */
export const regionStatuses = [
  'applied',
  'accepted',
  'in_regional_lab',
  'active',
  'self_organised',
  'paused',
  'ended',
] as const;

const base64url = /^[A-Za-z0-9_-]+$/;

/**
 * A person reference sealed with the person's own key by the service that wrote the event:
 * `pk1.<key id>.<iv>.<ciphertext and tag>`. Only that service can open it, and nobody once the person is erased.
 */
export const sealedPersonRef = z
  .string()
  .max(200)
  .refine((value) => {
    const parts = value.split('.');
    const [head, keyId = '', iv = '', sealed = ''] = parts;
    return (
      parts.length === 4 &&
      head === 'pk1' &&
      z.uuid().safeParse(keyId).success &&
      base64url.test(iv) &&
      base64url.test(sealed)
    );
  }, 'a sealed person reference (pk1.<key id>.<iv>.<ciphertext>)');
