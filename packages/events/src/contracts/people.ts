import { z } from 'zod';
import { defineEvent } from '../contract';
import { dateTime, uuid } from './common';

export const personErased = defineEvent({
  name: 'people.person-erased',
  version: 1,
  description: 'A person was erased (GDPR); every service removes or anonymises its references to them.',
  source: 'people',
  aggregateType: 'person',
  consumers: ['conferences', 'learning'],
  payload: z.object({ personId: uuid, erasedAt: dateTime }),
});
