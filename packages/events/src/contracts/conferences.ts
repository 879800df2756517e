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

/** What a notice tells the person or guest it concerns; the people service, which holds the addresses, mails it. */
const registrationNoticeKinds = [
  'held',
  'refused',
  'confirmed',
  'waitlisted',
  'promoted',
  'cancelled',
  'conference_changed',
  'conference_cancelled',
] as const;

export const registrationNotice = defineEvent({
  name: 'conferences.registration-notice',
  version: 1,
  description:
    'Something happened to one registration that its person or guest should hear about: a place held for a guest ' +
    '(or a refusal because the conference takes no registrations), confirmed, waitlisted, promoted from the ' +
    'waitlist, cancelled, or the conference changed or was cancelled. Carries the public details of the conference ' +
    'the message needs, and ids only for whom it concerns.',
  source: 'conferences',
  aggregateType: 'registration-notice',
  consumers: ['people'],
  payload: z.object({
    kind: z.enum(registrationNoticeKinds),
    registrationId: uuid.nullable(),
    guestId: uuid.nullable(),
    personId: uuid.nullable(),
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']).nullable(),
    conference: z
      .object({
        id: uuid,
        title: z.string().min(1),
        country,
        timeZone: z.string().min(1),
        startsAt: dateTime,
        endsAt: dateTime,
        venue: z.string().nullable(),
        online: z.boolean(),
      })
      // Null only when a guest asked for a conference that does not exist or is not public.
      .nullable(),
    noticeAt: dateTime,
  }),
  example: {
    kind: 'promoted',
    registrationId: '0190a1b2-0000-7000-8000-000000000004',
    guestId: null,
    personId: '0190a1b2-0000-7000-8000-000000000003',
    status: 'confirmed',
    conference: {
      id: '0190a1b2-0000-7000-8000-000000000002',
      title: '1. Mitmach-Konferenz Tübingen',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      startsAt: '2027-03-20T08:30:00.000Z',
      endsAt: '2027-03-20T16:30:00.000Z',
      venue: 'Sudhaus, Hechinger Straße 203, 72072 Tübingen',
      online: false,
    },
    noticeAt: '2027-01-01T11:00:00.000Z',
  },
});

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
