import { z } from 'zod';
import { defineEvent } from '../contract';
import { country, date, dateTime, fieldSlugs, sdgNumbers, uuid } from './common';

export const actionPublished = defineEvent({
  name: 'action-pool.action-published',
  version: 1,
  description: 'An action became public in the action pool.',
  source: 'action-pool',
  aggregateType: 'action',
  consumers: ['statistics', 'partners'],
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
  consumers: ['statistics', 'partners'],
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
