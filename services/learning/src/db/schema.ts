import {
  deadLettersTable,
  erasedPersonIdsTable,
  outboxTable,
  personKeysTable,
  processedEventsTable,
} from '@mitmach/events';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const learningSchema = pgSchema('learning');

export const programKind = learningSchema.enum('program_kind', [
  'online_companion',
  'regional_lab',
  'moderator_training',
]);
export const moduleFormat = learningSchema.enum('module_format', ['online', 'live']);
export const courseTopic = learningSchema.enum('course_topic', [
  'press_work',
  'moderation',
  'event_organisation',
  'networking_and_cooperation',
]);
export const lessonKind = learningSchema.enum('lesson_kind', ['video', 'text', 'exercise', 'handbook_chapter']);
export const toolkitKind = learningSchema.enum('toolkit_kind', ['template', 'checklist', 'guide']);

export const programs = learningSchema.table(
  'programs',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: programKind().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    // Null for self-paced programmes, which have no fixed length.
    durationMonths: integer(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('program_duration', sql`${table.durationMonths} is null or ${table.durationMonths} between 1 and 60`),
  ],
);

export const cohorts = learningSchema.table(
  'cohorts',
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    title: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    applicationDeadline: date({ mode: 'string' }).notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'cohort_dates',
      sql`${table.applicationDeadline} <= ${table.startsOn} and ${table.startsOn} < ${table.endsOn}`,
    ),
    index('cohorts_program_idx').on(table.programId, table.startsOn),
  ],
);

// Regions live in the regions service; only their ids are kept here.
export const cohortRegions = learningSchema.table(
  'cohort_regions',
  {
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    regionId: uuid().notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.cohortId, table.regionId] }),
    index('cohort_regions_region_idx').on(table.regionId),
  ],
);

export const programModules = learningSchema.table(
  'program_modules',
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    number: integer().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    month: integer().notNull(),
    startsAt: timestamp({ withTimezone: true }),
    durationMinutes: integer().notNull(),
    format: moduleFormat().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('program_modules_program_number').on(table.programId, table.number),
    check('program_module_number', sql`${table.number} >= 1`),
    check('program_module_month', sql`${table.month} >= 1`),
    check('program_module_duration', sql`${table.durationMinutes} > 0`),
  ],
);

export const courses = learningSchema.table('courses', {
  id: uuid().primaryKey().defaultRandom(),
  topic: courseTopic().notNull(),
  title: text().notNull(),
  description: text().notNull(),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Which courses a programme includes; an enrolment in the programme (or one of its cohorts) covers their lessons.
export const programCourses = learningSchema.table(
  'program_courses',
  {
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.programId, table.courseId] }),
    index('program_courses_course_idx').on(table.courseId),
  ],
);

export const handbookChapters = learningSchema.table(
  'handbook_chapters',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: integer().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    firstPage: integer().notNull(),
    lastPage: integer().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('handbook_chapter_number', sql`${table.number} >= 1`),
    check('handbook_chapter_pages', sql`${table.firstPage} >= 1 and ${table.firstPage} <= ${table.lastPage}`),
  ],
);

export const lessons = learningSchema.table(
  'lessons',
  {
    id: uuid().primaryKey().defaultRandom(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id),
    position: integer().notNull(),
    kind: lessonKind().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    durationMinutes: integer().notNull(),
    handbookChapterId: uuid().references(() => handbookChapters.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('lessons_course_position').on(table.courseId, table.position),
    check('lesson_position', sql`${table.position} >= 1`),
    check('lesson_duration', sql`${table.durationMinutes} > 0`),
  ],
);

export const exchangeMeetings = learningSchema.table(
  'exchange_meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid().references(() => programs.id),
    cohortId: uuid().references(() => cohorts.id),
    topic: text().notNull(),
    description: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    joinUrl: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('exchange_meeting_belongs_to_one', sql`num_nonnulls(${table.programId}, ${table.cohortId}) = 1`),
    check('exchange_meeting_duration', sql`${table.durationMinutes} > 0`),
    index('exchange_meetings_starts_at_idx').on(table.startsAt),
  ],
);

export const exchangeMeetingExperts = learningSchema.table(
  'exchange_meeting_experts',
  {
    meetingId: uuid()
      .notNull()
      .references(() => exchangeMeetings.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    // People of the network are referenced by id; invited outside experts only by name.
    personId: uuid(),
    name: text(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.position] }),
    check('exchange_meeting_expert_one_of', sql`num_nonnulls(${table.personId}, ${table.name}) = 1`),
  ],
);

export const toolkitItems = learningSchema.table('toolkit_items', {
  id: uuid().primaryKey().defaultRandom(),
  kind: toolkitKind().notNull(),
  title: text().notNull(),
  description: text().notNull(),
  url: text().notNull(),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const enrollments = learningSchema.table(
  'enrollments',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid().notNull(),
    courseId: uuid().references(() => courses.id),
    programId: uuid().references(() => programs.id),
    cohortId: uuid().references(() => cohorts.id),
    // The region the person learns for (a region id of the regions subgraph); the statistics count the enrolment
    // in its country. Null when the enrolment names none.
    regionId: uuid(),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    enrolledBy: uuid(),
    percentComplete: integer().notNull().default(0),
    completedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    check('enrollment_target_one_of', sql`num_nonnulls(${table.courseId}, ${table.programId}, ${table.cohortId}) = 1`),
    check('enrollment_percent', sql`${table.percentComplete} between 0 and 100`),
    // One live enrolment per person and target; a withdrawn one may be followed by a new one.
    uniqueIndex('enrollments_person_course_active')
      .on(table.personId, table.courseId)
      .where(sql`${table.withdrawnAt} is null`),
    uniqueIndex('enrollments_person_program_active')
      .on(table.personId, table.programId)
      .where(sql`${table.withdrawnAt} is null`),
    uniqueIndex('enrollments_person_cohort_active')
      .on(table.personId, table.cohortId)
      .where(sql`${table.withdrawnAt} is null`),
    index('enrollments_course_idx').on(table.courseId),
    index('enrollments_program_idx').on(table.programId),
    index('enrollments_cohort_idx').on(table.cohortId),
  ],
);

export const lessonCompletions = learningSchema.table(
  'lesson_completions',
  {
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.enrollmentId, table.lessonId] }),
    index('lesson_completions_lesson_idx').on(table.lessonId),
  ],
);

// The events this service writes, the events it applied, and those it could not apply.
export const outbox = outboxTable(learningSchema);
export const processedEvents = processedEventsTable(learningSchema);
export const deadLetters = deadLettersTable(learningSchema);

export type ProgramRow = typeof programs.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;
export type CohortRegionRow = typeof cohortRegions.$inferSelect;
export type ProgramModuleRow = typeof programModules.$inferSelect;
export type CourseRow = typeof courses.$inferSelect;
export type HandbookChapterRow = typeof handbookChapters.$inferSelect;
export type LessonRow = typeof lessons.$inferSelect;
export type ExchangeMeetingRow = typeof exchangeMeetings.$inferSelect;
export type ExchangeMeetingExpertRow = typeof exchangeMeetingExperts.$inferSelect;
export type ToolkitItemRow = typeof toolkitItems.$inferSelect;
export type EnrollmentRow = typeof enrollments.$inferSelect;
export type LessonCompletionRow = typeof lessonCompletions.$inferSelect;

/** Ids of erased people, the only trace of them here; writes that reference one are refused. */
export const erasedPersonIds = erasedPersonIdsTable(learningSchema);

/** Each person's key for sealing them in events; erasing the person deletes it. */
export const personKeys = personKeysTable(learningSchema);
