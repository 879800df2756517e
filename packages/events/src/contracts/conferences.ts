import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, sdgNumbers, sealedPersonRef, sector, uuid } from './common';

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
  description:
    'A registration was made, confirmed from the waitlist, cancelled, or its attendance was marked. The person travels ' +
    'only sealed with their own key (`personRef`), which the erasure of the person deletes; `personId` is null except ' +
    'in events written before.',
  source: 'conferences',
  aggregateType: 'registration',
  consumers: ['statistics'],
  payload: z.object({
    registrationId: uuid,
    conferenceId: uuid,
    regionId: uuid,
    country,
    /** Only in events written before references were sealed; null since. */
    personId: uuid.nullable(),
    /** The person, sealed with their key in the conferences service; null when the registration names nobody. */
    personRef: sealedPersonRef.nullable().optional(),
    sector,
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    attended: z.boolean().nullable(),
    changedAt: dateTime,
  }),
});

export const conferenceChanged = defineChangeEvent({
  source: 'conferences',
  entity: 'conference',
  description:
    'A conference was created or changed: its details, days, venue, status, agenda, initiative map, or its public ' +
    'registration figures (a registration, cancellation or attendance mark; who registered stays private). Drafts are ' +
    'not public.',
  fields: [
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
  ],
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
