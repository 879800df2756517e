import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { country, dateTime, fieldSlugs, sector, uuid } from './common';

export const personErased = defineEvent({
  name: 'people.person-erased',
  version: 1,
  description: 'A person was erased (GDPR); every service removes or anonymises its references to them.',
  source: 'people',
  aggregateType: 'person',
  consumers: ['regions', 'conferences', 'learning', 'action-pool', 'partners'],
  payload: z.object({ personId: uuid, erasedAt: dateTime }),
});

export const organizationChanged = defineChangeEvent({
  source: 'people',
  entity: 'organization',
  description: 'An organisation of the network was created or changed, including its fields of action and supporters.',
  fields: ['name', 'kind', 'region', 'description', 'website', 'fieldsOfAction', 'supportedBy'],
});

export const personChanged = defineChangeEvent({
  source: 'people',
  entity: 'person',
  description:
    'A person was added, changed, gave or withdrew consent to a public profile, or was erased. Only field names and ' +
    'the id travel; the person is public only with a public profile, and a withdrawal or erasure takes them out of ' +
    'public view.',
  fields: ['displayName', 'givenName', 'familyName', 'email', 'phone', 'sector', 'region', 'publicProfile'],
});

export const teamMembershipChanged = defineChangeEvent({
  source: 'people',
  entity: 'team-membership',
  description:
    "A person joined or left a region's team. The key names the region, whose public team (names of people with a " +
    'public profile, counts of the others) changes with it.',
  keyFields: ['id', 'regionId'],
  fields: ['person', 'role', 'since'],
});

export const guestRegistrationRequested = defineEvent({
  name: 'people.guest-registration-requested',
  version: 1,
  description:
    'Someone without an account asked to register for a conference; the conferences service holds a place (or a ' +
    'waitlist position) until the guest confirms by e-mail or the hold lapses. The guest is named only by an id.',
  source: 'people',
  aggregateType: 'guest-registration',
  consumers: ['conferences'],
  payload: z.object({ guestId: uuid, conferenceId: uuid, sector, holdUntil: dateTime }),
  example: {
    guestId: '0190a1b2-0000-7000-8000-000000000001',
    conferenceId: '0190a1b2-0000-7000-8000-000000000002',
    sector: 'civil_society',
    holdUntil: '2027-01-03T10:00:00.000Z',
  },
});

export const guestRegistrationSettled = defineEvent({
  name: 'people.guest-registration-settled',
  version: 1,
  description:
    'A guest confirmed their e-mail address (and is now the person named), or the hold lapsed unconfirmed and the ' +
    'guest was deleted; the held place becomes a registration of that person or is given up.',
  source: 'people',
  aggregateType: 'guest-registration',
  consumers: ['conferences'],
  payload: z.object({
    guestId: uuid,
    outcome: z.enum(['confirmed', 'lapsed']),
    personId: uuid.nullable(),
    settledAt: dateTime,
  }),
  example: {
    guestId: '0190a1b2-0000-7000-8000-000000000001',
    outcome: 'confirmed',
    personId: '0190a1b2-0000-7000-8000-000000000003',
    settledAt: '2027-01-01T10:05:00.000Z',
  },
});

export const registrationCancellationRequested = defineEvent({
  name: 'people.registration-cancellation-requested',
  version: 1,
  description: 'Someone cancelled a registration with the link of one of its e-mails, without an account.',
  source: 'people',
  aggregateType: 'registration-cancellation',
  consumers: ['conferences'],
  payload: z.object({ registrationId: uuid, requestedAt: dateTime }),
  example: { registrationId: '0190a1b2-0000-7000-8000-000000000004', requestedAt: '2027-01-01T11:00:00.000Z' },
});

export const regionApplicationConfirmed = defineEvent({
  name: 'people.region-application-confirmed',
  version: 1,
  description:
    'A group without an account applied for a round and its contact person confirmed the e-mail address; the ' +
    'regions service creates the region (APPLIED, hidden until accepted) and the application, or refuses it when the ' +
    'round is closed. The contact and the team stay in the people service, named here only by the applicant id.',
  source: 'people',
  aggregateType: 'region-applicant',
  consumers: ['regions'],
  payload: z.object({
    applicantId: uuid,
    roundId: uuid,
    region: z.object({
      name: z.string().min(1),
      kind: z.enum(['region', 'district', 'municipality', 'city', 'city_quarter']),
      country,
      subdivision: z.string().min(1),
      description: z.string().min(1),
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
    }),
    motivation: z.string().min(1),
    fieldsOfAction: fieldSlugs,
    confirmedAt: dateTime,
  }),
  example: {
    applicantId: '0190a1b2-0000-7000-8000-000000000011',
    roundId: '0190a1b2-0000-7000-8000-000000000012',
    region: {
      name: 'Mitmach-Region Ammertal',
      kind: 'region',
      country: 'DE',
      subdivision: 'DE-BW',
      description: 'Die Gemeinden im Ammertal zwischen Tübingen und Herrenberg.',
      lat: 48.55,
      lng: 8.95,
    },
    motivation: 'Wir wollen Verwaltung, Vereine und Betriebe im Tal an einen Tisch bringen.',
    fieldsOfAction: ['energy'],
    confirmedAt: '2027-01-01T10:05:00.000Z',
  },
});
