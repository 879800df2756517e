import {
  deadLettersTable,
  erasedPersonIdsTable,
  outboxTable,
  personKeysTable,
  processedEventsTable,
  sectors,
} from '@mitmach/events';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const conferencesSchema = pgSchema('conferences');

export const conferenceFormat = conferencesSchema.enum('conference_format', [
  'mitmach_konferenz',
  'mitmach_werkstatt',
  'success_workshop',
]);
export const attendanceMode = conferencesSchema.enum('attendance_mode', ['in_person', 'hybrid', 'online']);
export const conferenceStatus = conferencesSchema.enum('conference_status', [
  'draft',
  'open_for_registration',
  'registration_closed',
  'held',
  'documented',
  'cancelled',
]);
export const sessionKind = conferencesSchema.enum('session_kind', [
  'impulse_talk',
  'theme_table',
  'workshop',
  'open_space',
  'marketplace',
  'plenary',
]);
export const sector = conferencesSchema.enum('sector', sectors);
export const registrationStatus = conferencesSchema.enum('registration_status', [
  'confirmed',
  'waitlisted',
  'cancelled',
]);
export const initiativeMapKind = conferencesSchema.enum('initiative_map_kind', ['existing', 'needed', 'needs_support']);
export const outcomeKind = conferencesSchema.enum('outcome_kind', ['idea', 'project', 'action', 'cooperation']);

export const conferences = conferencesSchema.table(
  'conferences',
  {
    id: uuid().primaryKey().defaultRandom(),
    // The region and its country live in the regions subgraph; the country is copied at creation so that public
    // filters by country need no cross-service read.
    regionId: uuid().notNull(),
    country: text().notNull(),
    title: text().notNull(),
    description: text(),
    format: conferenceFormat().notNull(),
    timeZone: text().notNull(),
    attendanceMode: attendanceMode().notNull(),
    capacity: integer().notNull(),
    status: conferenceStatus().notNull().default('draft'),
    // Start of the first and end of the last day, kept in step with conference_days for ordering and timing filters.
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    fieldSlugs: text().array().notNull().default(sql`'{}'::text[]`),
    venueName: text(),
    venueStreet: text(),
    venuePostalCode: text(),
    venueCity: text(),
    venueCountry: text(),
    venueLat: doublePrecision(),
    venueLng: doublePrecision(),
    createdBy: uuid(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('conference_country', sql`${table.country} in ('DE', 'AT', 'CH', 'IT')`),
    check(
      'conference_time_zone',
      sql`(${table.country}, ${table.timeZone}) in (('DE', 'Europe/Berlin'), ('AT', 'Europe/Vienna'), ('CH', 'Europe/Zurich'), ('IT', 'Europe/Rome'))`,
    ),
    check('conference_capacity', sql`${table.capacity} >= 1`),
    check('conference_period', sql`${table.startsAt} < ${table.endsAt}`),
    check(
      'conference_venue_complete',
      sql`num_nulls(${table.venueName}, ${table.venueStreet}, ${table.venuePostalCode}, ${table.venueCity}, ${table.venueCountry}, ${table.venueLat}, ${table.venueLng}) in (0, 7)`,
    ),
    check('conference_venue_needed', sql`${table.attendanceMode} = 'online' or ${table.venueName} is not null`),
    index('conferences_region_idx').on(table.regionId, table.startsAt),
    index('conferences_status_ends_idx').on(table.status, table.endsAt),
    index('conferences_starts_idx').on(table.startsAt),
  ],
);

export const conferenceDays = conferencesSchema.table(
  'conference_days',
  {
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    date: date({ mode: 'string' }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.conferenceId, table.date] }),
    check('conference_day_period', sql`${table.startsAt} < ${table.endsAt}`),
  ],
);

export const conferenceStatusChanges = conferencesSchema.table(
  'conference_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    fromStatus: conferenceStatus(),
    toStatus: conferenceStatus().notNull(),
    note: text(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('conference_status_changes_conference_idx').on(table.conferenceId, table.changedAt)],
);

export const sessions = conferencesSchema.table(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    kind: sessionKind().notNull(),
    title: text().notNull(),
    description: text(),
    room: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    speakerIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    fieldSlug: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('session_period', sql`${table.startsAt} < ${table.endsAt}`),
    index('sessions_conference_idx').on(table.conferenceId, table.startsAt),
  ],
);

export const registrations = conferencesSchema.table(
  'registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Registration order: assigned while the conference row is locked, so the waitlist is served first come, first served.
    sequence: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    // Null once the person was erased in the people service: the registration still counts, but names nobody.
    personId: uuid(),
    sector: sector().notNull(),
    status: registrationStatus().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid(),
    promotedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    attended: boolean(),
    attendanceMarkedAt: timestamp({ withTimezone: true }),
    // A guest's place (or waitlist position) held until they confirm their e-mail address in the people service,
    // which names them only by this id; the place counts against the capacity but not in the public figures.
    guestId: uuid(),
    awaitingConfirmation: boolean().notNull().default(false),
  },
  (table) => [
    uniqueIndex('registrations_active_person_idx')
      .on(table.conferenceId, table.personId)
      .where(sql`${table.status} <> 'cancelled'`),
    index('registrations_conference_idx').on(table.conferenceId, table.sequence),
    index('registrations_person_idx').on(table.personId),
    check('registration_cancelled_at', sql`(${table.status} = 'cancelled') = (${table.cancelledAt} is not null)`),
    check('registration_awaiting_guest', sql`not ${table.awaitingConfirmation} or ${table.guestId} is not null`),
    uniqueIndex('registrations_guest_idx').on(table.guestId),
  ],
);

export const initiativeMapEntries = conferencesSchema.table(
  'initiative_map_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    kind: initiativeMapKind().notNull(),
    organizationId: uuid(),
    name: text(),
    fieldSlug: text(),
    note: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('initiative_map_entry_subject', sql`num_nulls(${table.organizationId}, ${table.name}) = 1`),
    index('initiative_map_entries_conference_idx').on(table.conferenceId, table.createdAt),
  ],
);

export const outcomes = conferencesSchema.table(
  'outcomes',
  {
    id: uuid().primaryKey().defaultRandom(),
    conferenceId: uuid()
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    kind: outcomeKind().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    fieldSlugs: text().array().notNull().default(sql`'{}'::text[]`),
    sdgs: integer().array().notNull().default(sql`'{}'::integer[]`),
    responsiblePersonIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    partnerOrganizationIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    nextSteps: text(),
    recordedBy: uuid(),
    version: integer().notNull().default(1),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('outcome_sdgs', sql`${table.sdgs} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`),
    index('outcomes_conference_idx').on(table.conferenceId, table.recordedAt),
  ],
);

export const outbox = outboxTable(conferencesSchema);
export const processedEvents = processedEventsTable(conferencesSchema);
export const deadLetters = deadLettersTable(conferencesSchema);

export type ConferenceRow = typeof conferences.$inferSelect;
export type NewConference = typeof conferences.$inferInsert;
export type ConferenceDayRow = typeof conferenceDays.$inferSelect;
export type ConferenceStatusChangeRow = typeof conferenceStatusChanges.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;
export type InitiativeMapEntryRow = typeof initiativeMapEntries.$inferSelect;
export type OutcomeRow = typeof outcomes.$inferSelect;
export type ConferenceStatus = ConferenceRow['status'];
export type Sector = RegistrationRow['sector'];

/** Ids of erased people, the only trace of them here; writes that reference one are refused. */
export const erasedPersonIds = erasedPersonIdsTable(conferencesSchema);

/** Each person's key for sealing them in events; erasing the person deletes it. */
export const personKeys = personKeysTable(conferencesSchema);
