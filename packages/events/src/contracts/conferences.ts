import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, sdgNumbers, sector, uuid } from './common';

export const conferenceHeld = defineEvent({
  name: 'conferences.conference-held',
  version: 1,
  description: 'A conference took place (its status became held); the region may now draw grants.',
  source: 'conferences',
  aggregateType: 'conference',
  consumers: ['regions', 'statistics'],
  payload: z.object({
    conferenceId: uuid,
    regionId: uuid,
    country,
    format: z.enum(['mitmach_konferenz', 'mitmach_werkstatt', 'success_workshop']),
    heldOn: date,
  }),
});

export const outcomeRecorded = defineEvent({
  name: 'conferences.outcome-recorded',
  version: 1,
  description: 'An idea, project, action or cooperation came out of a conference.',
  source: 'conferences',
  aggregateType: 'outcome',
  consumers: ['action-pool', 'statistics'],
  payload: z.object({
    outcomeId: uuid,
    conferenceId: uuid,
    regionId: uuid,
    country,
    kind: z.enum(['idea', 'project', 'action', 'cooperation']),
    title: z.string().min(1),
    description: z.string(),
    fieldsOfAction: fieldSlugs,
    sdgs: sdgNumbers,
    recordedAt: dateTime,
  }),
});

export const registrationChanged = defineEvent({
  name: 'conferences.registration-changed',
  version: 1,
  description: 'A registration was made, confirmed from the waitlist, cancelled, or its attendance was marked.',
  source: 'conferences',
  aggregateType: 'registration',
  consumers: ['statistics'],
  payload: z.object({
    registrationId: uuid,
    conferenceId: uuid,
    regionId: uuid,
    country,
    personId: uuid.nullable(),
    sector,
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    attended: z.boolean().nullable(),
    changedAt: dateTime,
  }),
});

const conferenceFields = [
  'region',
  'title',
  'description',
  'format',
  'days',
  'timeZone',
  'venue',
  'attendanceMode',
  'fieldsOfAction',
  'status',
  'capacity',
  'confirmedCount',
  'waitlistCount',
  'remainingCapacity',
  'attendedCount',
  'agenda',
  'initiativeMap',
] as const;

export const conferenceChanged = defineChangeEvent({
  source: 'conferences',
  entity: 'conference',
  description:
    'A conference was created or changed: its details, days, venue, status, agenda, initiative map, or its public ' +
    'registration figures (a registration, cancellation or attendance mark; who registered stays private). Drafts are ' +
    'not public. No longer written since version 2; kept so that events written before are still read.',
  fields: conferenceFields,
});

export const conferenceChangedV2 = defineChangeEvent({
  source: 'conferences',
  entity: 'conference',
  version: 2,
  description:
    'A conference was created or changed: its details, days, venue, status, agenda, initiative map, or its public ' +
    'registration figures (a registration, cancellation or attendance mark; who registered stays private). Drafts are ' +
    'not public. Version 2 adds the status the conference is in after the change, so that a cancellation can be told ' +
    'from other changes of status without reading the conference.',
  fields: conferenceFields,
  statuses: ['draft', 'open_for_registration', 'registration_closed', 'held', 'documented', 'cancelled'],
});

export const outcomeChanged = defineChangeEvent({
  source: 'conferences',
  entity: 'outcome',
  description: 'An outcome (idea, project, action or cooperation) was recorded at a conference that took place.',
  keyFields: ['id', 'conferenceId'],
  fields: [
    'kind',
    'title',
    'description',
    'fieldsOfAction',
    'sdgs',
    'responsiblePeople',
    'partnerOrganizations',
    'nextSteps',
  ],
});
