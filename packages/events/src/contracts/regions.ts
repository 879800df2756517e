import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, regionStatuses, uuid } from './common';

const regionStatus = z.enum(regionStatuses);

export const regionCreated = defineEvent({
  name: 'regions.region-created',
  version: 1,
  description: 'A region joined the network (with status applied, or with its status when imported).',
  source: 'regions',
  aggregateType: 'region',
  consumers: ['statistics'],
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
  consumers: ['statistics'],
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

export const regionChanged = defineChangeEvent({
  source: 'regions',
  entity: 'region',
  description:
    'A region was created or changed: its profile, taxonomies, status, peer group, or the first conference held in it.',
  fields: [
    'slug',
    'name',
    'kind',
    'country',
    'subdivision',
    'description',
    'location',
    'website',
    'publicContact',
    'status',
    'fieldsOfAction',
    'sdgs',
    'joinedOn',
    'hasHeldConference',
    'firstConferenceOn',
    'peerGroup',
  ],
});

export const peerGroupChanged = defineChangeEvent({
  source: 'regions',
  entity: 'peer-group',
  description: 'A peer group (Weggemeinschaft) was formed, renamed, changed its moderation or its member regions.',
  fields: ['slug', 'name', 'moderation', 'formedOn', 'regions'],
});

export const applicationRoundChanged = defineChangeEvent({
  source: 'regions',
  entity: 'application-round',
  description:
    'An application round was opened, or its public figures changed (a region applied). Applications themselves are ' +
    'staff-only and travel in no change event.',
  fields: ['slug', 'title', 'opensOn', 'deadline', 'cohortStartsOn', 'applicationCount'],
});
