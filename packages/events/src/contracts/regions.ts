import { z } from 'zod';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, uuid } from './common';

const regionStatus = z.enum(['applied', 'accepted', 'in_regional_lab', 'active', 'self_organised', 'paused', 'ended']);

export const regionCreated = defineEvent({
  name: 'regions.region-created',
  version: 1,
  description: 'A region joined the network (with status applied, or with its status when imported).',
  source: 'regions',
  aggregateType: 'region',
  consumers: ['statistics', 'partners'],
  payload: z.object({
    regionId: uuid,
    slug: z.string().min(1),
    name: z.string().min(1),
    country,
    status: regionStatus,
    joinedOn: date,
    fieldsOfAction: fieldSlugs,
  }),
});

export const regionStatusChanged = defineEvent({
  name: 'regions.region-status-changed',
  version: 1,
  description: 'A region moved to another status of its lifecycle.',
  source: 'regions',
  aggregateType: 'region',
  consumers: ['statistics', 'partners'],
  payload: z.object({ regionId: uuid, country, from: regionStatus, to: regionStatus, changedAt: dateTime }),
});

export const fundingEntryRecorded = defineEvent({
  name: 'regions.funding-entry-recorded',
  version: 1,
  description: "A deposit, matching funds or a grant was booked in a region's funding ledger.",
  source: 'regions',
  aggregateType: 'region',
  consumers: ['statistics'],
  payload: z.object({
    entryId: uuid,
    regionId: uuid,
    country,
    kind: z.enum(['deposit', 'matching', 'grant']),
    amountCents: z.number().int().positive(),
    bookedOn: date,
  }),
});
