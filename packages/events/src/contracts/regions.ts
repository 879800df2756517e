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

export const applicationNotice = defineEvent({
  name: 'regions.application-notice',
  version: 1,
  description:
    'Something happened to an application made without an account that its contact person should hear about: it was ' +
    'received (the region is created, hidden until accepted), refused because the round was closed or unknown, ' +
    "accepted or rejected. Names the applicant by the people service's id only.",
  source: 'regions',
  aggregateType: 'application',
  consumers: ['people'],
  payload: z.object({
    kind: z.enum(['received', 'refused', 'accepted', 'rejected']),
    applicantId: uuid,
    applicationId: uuid.nullable(),
    regionId: uuid.nullable(),
    roundTitle: z.string().nullable(),
    regionName: z.string().min(1),
    country,
    noticeAt: dateTime,
  }),
  example: {
    kind: 'received',
    applicantId: '0190a1b2-0000-7000-8000-000000000011',
    applicationId: '0190a1b2-0000-7000-8000-000000000013',
    regionId: '0190a1b2-0000-7000-8000-000000000014',
    roundTitle: 'Bewerbungsrunde 2027',
    regionName: 'Mitmach-Region Ammertal',
    country: 'DE',
    noticeAt: '2027-01-01T10:06:00.000Z',
  },
});
