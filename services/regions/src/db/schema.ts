import {
  deadLettersTable,
  erasedPersonIdsTable,
  outboxTable,
  processedEventsTable,
  regionStatuses,
} from '@mitmach/events';
import { sql } from 'drizzle-orm';
import {
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
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const regionsSchema = pgSchema('regions');

export const regionKind = regionsSchema.enum('region_kind', [
  'region',
  'district',
  'municipality',
  'city',
  'city_quarter',
]);
export const regionStatus = regionsSchema.enum('region_status', regionStatuses);
export const peerGroupModeration = regionsSchema.enum('peer_group_moderation', ['professional', 'self_organised']);
export const applicationDecision = regionsSchema.enum('application_decision', ['pending', 'accepted', 'rejected']);
export const fundingKind = regionsSchema.enum('funding_kind', ['deposit', 'matching', 'grant']);

export const fieldsOfAction = regionsSchema.table('fields_of_action', {
  slug: text().primaryKey(),
  nameDe: text().notNull(),
  nameEn: text().notNull(),
  taxonomy: text().notNull(),
  crossCutting: boolean().notNull().default(false),
  retired: boolean().notNull().default(false),
  position: integer().notNull(),
});

export const sdgs = regionsSchema.table(
  'sdgs',
  {
    number: integer().primaryKey(),
    nameDe: text().notNull(),
    nameEn: text().notNull(),
  },
  (table) => [check('sdg_number_range', sql`${table.number} between 1 and 17`)],
);

export const peerGroups = regionsSchema.table('peer_groups', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  moderation: peerGroupModeration().notNull(),
  formedOn: date({ mode: 'string' }).notNull(),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const regions = regionsSchema.table(
  'regions',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: regionKind().notNull(),
    country: text().notNull(),
    subdivision: text().notNull(),
    description: text().notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    website: text(),
    publicContact: text(),
    status: regionStatus().notNull(),
    joinedOn: date({ mode: 'string' }).notNull(),
    hasHeldConference: boolean().notNull().default(false),
    firstConferenceOn: date({ mode: 'string' }),
    peerGroupId: uuid().references(() => peerGroups.id, { onDelete: 'set null' }),
    // A region a group applied for without an account stays out of public view until staff accept the application.
    hidden: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('region_country', sql`${table.country} in ('DE', 'AT', 'CH', 'IT')`),
    check('region_lat', sql`${table.lat} between -90 and 90`),
    check('region_lng', sql`${table.lng} between -180 and 180`),
    index('regions_country_status_idx').on(table.country, table.status),
    index('regions_location_idx').on(table.lat, table.lng),
    index('regions_peer_group_idx').on(table.peerGroupId),
  ],
);

export const regionFieldsOfAction = regionsSchema.table(
  'region_fields_of_action',
  {
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    fieldSlug: text()
      .notNull()
      .references(() => fieldsOfAction.slug),
  },
  (table) => [primaryKey({ columns: [table.regionId, table.fieldSlug] }), index('rfoa_field_idx').on(table.fieldSlug)],
);

export const regionSdgs = regionsSchema.table(
  'region_sdgs',
  {
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    sdg: integer()
      .notNull()
      .references(() => sdgs.number),
  },
  (table) => [primaryKey({ columns: [table.regionId, table.sdg] })],
);

export const regionStatusChanges = regionsSchema.table(
  'region_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    fromStatus: regionStatus(),
    toStatus: regionStatus().notNull(),
    note: text(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('region_status_changes_region_idx').on(table.regionId, table.changedAt)],
);

export const applicationRounds = regionsSchema.table(
  'application_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    opensOn: date({ mode: 'string' }).notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    cohortStartsOn: date({ mode: 'string' }).notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('application_round_dates', sql`${table.opensOn} <= ${table.deadline}`)],
);

export const applications = regionsSchema.table(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => applicationRounds.id, { onDelete: 'cascade' }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    submittedOn: date({ mode: 'string' }).notNull(),
    motivation: text().notNull(),
    decision: applicationDecision().notNull().default('pending'),
    decidedOn: date({ mode: 'string' }),
    decidedBy: uuid(),
    // The people service's record of a group that applied without an account: its contact hears of the decision.
    applicantId: uuid().unique('applications_applicant_unique'),
  },
  (table) => [
    unique('applications_round_region').on(table.roundId, table.regionId),
    index('applications_round_idx').on(table.roundId),
  ],
);

export const fundingEntries = regionsSchema.table(
  'funding_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    kind: fundingKind().notNull(),
    amountCents: integer().notNull(),
    bookedOn: date({ mode: 'string' }).notNull(),
    note: text().notNull(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('funding_amount_positive', sql`${table.amountCents} > 0`),
    index('funding_entries_region_idx').on(table.regionId, table.bookedOn),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type PeerGroupRow = typeof peerGroups.$inferSelect;
export type ApplicationRoundRow = typeof applicationRounds.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type FundingEntryRow = typeof fundingEntries.$inferSelect;
export type FieldOfActionRow = typeof fieldsOfAction.$inferSelect;
export type SdgRow = typeof sdgs.$inferSelect;
export type RegionStatusChangeRow = typeof regionStatusChanges.$inferSelect;

export const outbox = outboxTable(regionsSchema);
export const processedEvents = processedEventsTable(regionsSchema);
export const deadLetters = deadLettersTable(regionsSchema);

/** Ids of erased people, the only trace of them here; writes that reference one are refused. */
export const erasedPersonIds = erasedPersonIdsTable(regionsSchema);
