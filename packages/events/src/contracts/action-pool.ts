import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, sdgNumbers, uuid } from './common';

export const actionPublished = defineEvent({
  name: 'action-pool.action-published',
  version: 1,
  description: 'An action became public in the action pool.',
  source: 'action-pool',
  aggregateType: 'action',
  consumers: ['statistics'],
  payload: z.object({
    actionId: uuid,
    title: z.string().min(1),
    originRegionId: uuid.nullable(),
    country: country.nullable(),
    fieldsOfAction: fieldSlugs,
    sdgs: sdgNumbers,
    publishedAt: dateTime,
  }),
});

export const adoptionChanged = defineEvent({
  name: 'action-pool.adoption-changed',
  version: 1,
  description: 'A region started an action, or its adoption moved on (in progress, implemented, abandoned).',
  source: 'action-pool',
  aggregateType: 'adoption',
  consumers: ['statistics'],
  payload: z.object({
    adoptionId: uuid,
    actionId: uuid,
    regionId: uuid,
    status: z.enum(['planned', 'in_progress', 'implemented', 'abandoned']),
    startedOn: date,
    completedOn: date.nullable(),
    changedAt: dateTime,
  }),
});

export const actionChanged = defineChangeEvent({
  source: 'action-pool',
  entity: 'action',
  description:
    'An action of the pool was created or changed: its text, steps, effort, cost, taxonomies, contact or status. ' +
    'Only published actions are public; unpublishing or archiving one is a withdrawal.',
  fields: [
    'title',
    'summary',
    'description',
    'impact',
    'effort',
    'cost',
    'steps',
    'targetGroups',
    'fieldsOfAction',
    'sdgs',
    'originRegion',
    'originConference',
    'originOutcome',
    'imageCredit',
    'contactOrganization',
    'status',
    'publishedAt',
  ],
});

export const adoptionChangedV2 = defineChangeEvent({
  source: 'action-pool',
  entity: 'adoption',
  description:
    "A region adopted an action, or an adoption's status, dates or note changed; the key names the action and the " +
    'region, whose adoption lists change with it. Version 1, with the status and dates for the statistics, is still ' +
    'written alongside it when the status or dates change.',
  version: 2,
  keyFields: ['id', 'actionId', 'regionId'],
  fields: ['status', 'startedOn', 'completedOn', 'note'],
});
