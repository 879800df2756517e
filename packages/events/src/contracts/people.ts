import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { dateTime, uuid } from './common';

export const personErased = defineEvent({
  name: 'people.person-erased',
  version: 1,
  description: 'A person was erased (GDPR); every service removes or anonymises its references to them.',
  source: 'people',
  aggregateType: 'person',
  consumers: ['regions', 'conferences', 'learning', 'action-pool'],
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
