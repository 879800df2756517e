import { z } from 'zod';
import { defineChangeEvent } from '../change/change-event';
import { defineEvent } from '../contract';
import { dateTime, sealedPersonRef, uuid } from './common';

export const enrollmentChanged = defineEvent({
  name: 'learning.enrollment-changed',
  version: 1,
  description:
    'A person enrolled in a course, programme or cohort, progressed, completed it or withdrew. The person travels only ' +
    'sealed with their own key (`personRef`), which the erasure of the person deletes; `personId` is null except in ' +
    'events written before.',
  source: 'learning',
  aggregateType: 'enrollment',
  consumers: ['statistics'],
  payload: z.object({
    enrollmentId: uuid,
    /** Only in events written before references were sealed; null since. */
    personId: uuid.nullable(),
    /** The person, sealed with their key in the learning service; null when the enrolment names nobody. */
    personRef: sealedPersonRef.nullable().optional(),
    target: z.object({ kind: z.enum(['course', 'program', 'cohort']), id: uuid, title: z.string() }),
    /** The region the person learns for, whose country the statistics count the enrolment in; absent when none. */
    regionId: uuid.nullable().optional(),
    status: z.enum(['enrolled', 'completed', 'withdrawn']),
    percentComplete: z.number().min(0).max(100),
    completedAt: dateTime.nullable(),
    changedAt: dateTime,
  }),
});

export const programChanged = defineChangeEvent({
  source: 'learning',
  entity: 'program',
  description: 'A programme (Regionallabor, online accompaniment, moderator training) was created or changed.',
  fields: ['kind', 'title', 'description', 'durationMonths', 'courses'],
});

export const cohortChanged = defineChangeEvent({
  source: 'learning',
  entity: 'cohort',
  description: 'A cohort of a programme was created, its dates or title changed, or a region joined or left it.',
  fields: ['program', 'title', 'startsOn', 'endsOn', 'applicationDeadline', 'regions'],
});

export const programModuleChanged = defineChangeEvent({
  source: 'learning',
  entity: 'program-module',
  description: 'A module of a programme was created or changed.',
  fields: ['program', 'number', 'title', 'description', 'month', 'startsAt', 'durationMinutes', 'format'],
});

export const courseChanged = defineChangeEvent({
  source: 'learning',
  entity: 'course',
  description: 'An online course was created or changed.',
  fields: ['topic', 'title', 'description'],
});

export const lessonChanged = defineChangeEvent({
  source: 'learning',
  entity: 'lesson',
  description:
    'A lesson of a course was created or changed; a lesson moved to another position moves the others between, ' +
    'and each of them changes its position.',
  keyFields: ['id', 'courseId'],
  fields: ['position', 'kind', 'title', 'summary', 'durationMinutes', 'handbookChapter'],
});

export const handbookChapterChanged = defineChangeEvent({
  source: 'learning',
  entity: 'handbook-chapter',
  description: 'A chapter of the handbook was created or changed.',
  fields: ['number', 'title', 'summary', 'firstPage', 'lastPage'],
});

export const exchangeMeetingChanged = defineChangeEvent({
  source: 'learning',
  entity: 'exchange-meeting',
  description:
    'A digital exchange meeting with experts was created or changed (its join link is for participants only, but a ' +
    'change of it still raises the version).',
  fields: ['program', 'cohort', 'topic', 'description', 'startsAt', 'durationMinutes', 'experts', 'joinUrl'],
});

export const toolkitItemChanged = defineChangeEvent({
  source: 'learning',
  entity: 'toolkit-item',
  description: 'An item of the toolkit (Werkzeugkasten) was created or changed.',
  fields: ['kind', 'title', 'description', 'url'],
});
