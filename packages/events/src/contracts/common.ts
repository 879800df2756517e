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
