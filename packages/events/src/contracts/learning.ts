import { z } from 'zod';
import { defineEvent } from '../contract';
import { dateTime, uuid } from './common';

export const enrollmentChanged = defineEvent({
  name: 'learning.enrollment-changed',
  version: 1,
  description: 'A person enrolled in a course, programme or cohort, progressed, completed it or withdrew.',
  source: 'learning',
  aggregateType: 'enrollment',
  consumers: ['statistics'],
  payload: z.object({
    enrollmentId: uuid,
    personId: uuid.nullable(),
    target: z.object({ kind: z.enum(['course', 'program', 'cohort']), id: uuid, title: z.string() }),
    status: z.enum(['enrolled', 'completed', 'withdrawn']),
    percentComplete: z.number().min(0).max(100),
    completedAt: dateTime.nullable(),
    changedAt: dateTime,
  }),
});
