import { deadLettersTable, erasedPersonIdsTable, outboxTable, processedEventsTable } from '@mitmach/events';
import { getTableColumns, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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

export const actionPoolSchema = pgSchema('action_pool');

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

export const actionStatus = actionPoolSchema.enum('action_status', ['draft', 'in_review', 'published', 'archived']);
export const effortLevel = actionPoolSchema.enum('effort_level', ['low', 'medium', 'high']);
export const adoptionStatus = actionPoolSchema.enum('adoption_status', [
  'planned',
  'in_progress',
  'implemented',
  'abandoned',
]);

// The regions subgraph owns the taxonomy; services never read each other's tables, so this keeps the slugs an action
// may be tagged with, in step with the regions' reference data by migration.
export const fieldsOfAction = actionPoolSchema.table('fields_of_action', {
  slug: text().primaryKey(),
  retired: boolean().notNull().default(false),
});

export const actions = actionPoolSchema.table(
  'actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    impact: text().notNull(),
    effortLevel: effortLevel().notNull(),
    durationWeeks: integer().notNull(),
    costMinEur: integer().notNull(),
    costMaxEur: integer().notNull(),
    targetGroups: text().array().notNull().default(sql`'{}'::text[]`),
    fieldSlugs: text().array().notNull(),
    sdgs: integer().array().notNull().default(sql`'{}'::integer[]`),
    originRegionId: uuid().notNull(),
    // Denormalised from the regions subgraph, which owns the country, so that the pool filters by it in one query.
    originCountry: text().notNull(),
    originConferenceId: uuid(),
    originOutcomeId: uuid(),
    imageCredit: text(),
    contactOrganizationId: uuid(),
    status: actionStatus().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german'::regconfig, "title"), 'A') || setweight(to_tsvector('german'::regconfig, "summary"), 'B') || setweight(to_tsvector('german'::regconfig, "description"), 'C')`,
      ),
  },
  (table) => [
    check('action_country', sql`${table.originCountry} in ('DE', 'AT', 'CH', 'IT')`),
    check('action_cost_range', sql`${table.costMinEur} >= 0 and ${table.costMinEur} <= ${table.costMaxEur}`),
    check('action_duration', sql`${table.durationWeeks} between 1 and 260`),
    // A draft made from a conference outcome takes the outcome's fields, which may be none yet; review needs one.
    check('action_fields_present', sql`${table.status} = 'draft' or cardinality(${table.fieldSlugs}) >= 1`),
    check('action_sdg_numbers', sql`${table.sdgs} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`),
    check('action_published_at', sql`${table.status} in ('draft', 'in_review') or ${table.publishedAt} is not null`),
    unique('actions_origin_outcome_unique').on(table.originOutcomeId),
    index('actions_search_idx').using('gin', table.searchVector),
    index('actions_fields_idx').using('gin', table.fieldSlugs),
    index('actions_sdgs_idx').using('gin', table.sdgs),
    index('actions_status_published_idx').on(table.status, table.publishedAt),
    index('actions_origin_region_idx').on(table.originRegionId),
    index('actions_origin_conference_idx').on(table.originConferenceId),
  ],
);

export const actionSteps = actionPoolSchema.table(
  'action_steps',
  {
    actionId: uuid()
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    description: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.actionId, table.position] }),
    check('action_step_position', sql`${table.position} >= 1`),
  ],
);

export const actionStatusChanges = actionPoolSchema.table(
  'action_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    actionId: uuid()
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    fromStatus: actionStatus(),
    toStatus: actionStatus().notNull(),
    note: text(),
    changedBy: uuid(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('action_status_changes_action_idx').on(table.actionId, table.changedAt)],
);

export const adoptions = actionPoolSchema.table(
  'adoptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    actionId: uuid()
      .notNull()
      .references(() => actions.id),
    regionId: uuid().notNull(),
    status: adoptionStatus().notNull().default('planned'),
    startedOn: date({ mode: 'string' }).notNull(),
    completedOn: date({ mode: 'string' }),
    note: text(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'adoption_completed_when_implemented',
      sql`(${table.status} = 'implemented') = (${table.completedOn} is not null)`,
    ),
    check('adoption_dates', sql`${table.completedOn} is null or ${table.completedOn} >= ${table.startedOn}`),
    // The last guard for "one open adoption per region and action", should two requests pass the service check.
    uniqueIndex('adoptions_open_unique')
      .on(table.actionId, table.regionId)
      .where(sql`status in ('planned', 'in_progress')`),
    index('adoptions_action_idx').on(table.actionId),
    index('adoptions_region_idx').on(table.regionId, table.startedOn),
  ],
);

// The service's events: written in the same transaction as the change (outbox), applied once (processed events),
// parked for staff when they keep failing (dead letters).
export const outbox = outboxTable(actionPoolSchema);
export const processedEvents = processedEventsTable(actionPoolSchema);
export const deadLetters = deadLettersTable(actionPoolSchema);

const { searchVector: _searchVector, ...actionColumnSet } = getTableColumns(actions);
/** Every column of an action but the search vector, which only the search reads. */
export const actionColumns = actionColumnSet;

export type ActionRow = Omit<typeof actions.$inferSelect, 'searchVector'>;
export type NewAction = typeof actions.$inferInsert;
export type ActionStepRow = typeof actionSteps.$inferSelect;
export type ActionStatusChangeRow = typeof actionStatusChanges.$inferSelect;
export type AdoptionRow = typeof adoptions.$inferSelect;
export type NewAdoption = typeof adoptions.$inferInsert;
export type ActionStatus = ActionRow['status'];
export type AdoptionStatus = AdoptionRow['status'];

/** Ids of erased people, the only trace of them here; writes that reference one are refused. */
export const erasedPersonIds = erasedPersonIdsTable(actionPoolSchema);
