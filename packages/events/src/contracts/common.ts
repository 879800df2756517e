import { z } from 'zod';

export const uuid = z.uuid();
export const date = z.iso.date();
export const dateTime = z.iso.datetime({ offset: true });
export const country = z.enum(['DE', 'AT', 'CH', 'IT']);
export const fieldSlugs = z.array(z.string().min(1));
export const sdgNumbers = z.array(z.number().int().min(1).max(17));
export const sector = z.enum([
  'civil_society',
  'politics',
  'administration',
  'business',
  'science',
  'education',
  'other',
]);
