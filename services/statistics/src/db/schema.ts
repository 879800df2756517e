import { deadLettersTable, processedEventsTable } from '@mitmach/events';
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Contribution } from '../read-model/counters';

export const statisticsSchema = pgSchema('statistics');

export type CounterSpan = 'month' | 'year';

// Counters: the figures themselves. Every dashboard query sums rows of these tables over a range of months, so its
// cost depends on the number of months, countries and dimension values, never on the number of events behind them.

/**
 * Network figures per month and country; `fields` is the sorted set of fields of action the counted things have.
 * Every month's counts are also summed into their year (`span` year, `month` its January), so that a period of
 * whole years reads a twelfth of the rows.
 */
export const counters = statisticsSchema.table(
  'counters',
  {
    metric: text().notNull(),
    span: text().$type<CounterSpan>().notNull(),
    month: date({ mode: 'string' }).notNull(),
    // Empty when an event did not say (an action without a home region, an enrollment without a region).
    country: text().notNull(),
    dimension: text().notNull(),
    fields: text().array().notNull(),
    value: bigint({ mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.metric, table.span, table.month, table.country, table.dimension, table.fields] }),
  ],
);

/** A region's own figures per month, and per year as the network's. */
export const regionCounters = statisticsSchema.table(
  'region_counters',
  {
    regionId: uuid().notNull(),
    metric: text().notNull(),
    span: text().$type<CounterSpan>().notNull(),
    month: date({ mode: 'string' }).notNull(),
    dimension: text().notNull(),
    value: bigint({ mode: 'number' }).notNull(),
  },
  // Region first, then the period: the rows of a list of regions and a period are one index range each.
  (table) => [primaryKey({ columns: [table.regionId, table.span, table.month, table.metric, table.dimension] })],
);

/** Figures of one conference or one action, over its whole life. */
export const entityCounters = statisticsSchema.table(
  'entity_counters',
  {
    entityId: uuid().notNull(),
    metric: text().notNull(),
    dimension: text().notNull(),
    value: bigint({ mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.entityId, table.metric, table.dimension] })],
);

// Dimensions: what events of one aggregate need to know about another (an adoption's country comes from its region).

export const regions = statisticsSchema.table('regions', {
  regionId: uuid().primaryKey(),
  name: text().notNull(),
  country: text().notNull(),
  status: text().notNull(),
  // When the held status was reached; a status change that happened earlier arrives late and is not applied.
  statusSince: timestamp({ withTimezone: true }).notNull(),
  joinedOn: date({ mode: 'string' }).notNull(),
  fields: text().array().notNull(),
});

export const conferences = statisticsSchema.table('conferences', {
  conferenceId: uuid().primaryKey(),
  regionId: uuid().notNull(),
  country: text().notNull(),
  format: text().notNull(),
  heldOn: date({ mode: 'string' }).notNull(),
});

/** An action as its newest publication describes it; it counts as published when it was first published. */
export const actions = statisticsSchema.table('actions', {
  actionId: uuid().primaryKey(),
  title: text().notNull(),
  originRegionId: uuid(),
  country: text(),
  fields: text().array().notNull(),
  publishedAt: timestamp({ withTimezone: true }).notNull(),
  firstPublishedAt: timestamp({ withTimezone: true }).notNull(),
  contribution: jsonb().$type<Contribution>().notNull(),
});

export const learningTargets = statisticsSchema.table('learning_targets', {
  targetId: uuid().primaryKey(),
  kind: text().notNull(),
  title: text().notNull(),
  titleAt: timestamp({ withTimezone: true }).notNull(),
});

// Current state of entities whose figures move with later events. `contribution` holds exactly what the entity adds
// to the counters now, so that a newer event takes it back and adds its own instead of counting twice.

export const registrations = statisticsSchema.table(
  'registrations',
  {
    registrationId: uuid().primaryKey(),
    conferenceId: uuid().notNull(),
    regionId: uuid().notNull(),
    country: text().notNull(),
    sector: text().notNull(),
    status: text().notNull(),
    attended: boolean(),
    changedAt: timestamp({ withTimezone: true }).notNull(),
    contribution: jsonb().$type<Contribution>().notNull(),
  },
  (table) => [index('registrations_conference_idx').on(table.conferenceId)],
);

export const adoptions = statisticsSchema.table(
  'adoptions',
  {
    adoptionId: uuid().primaryKey(),
    actionId: uuid().notNull(),
    regionId: uuid().notNull(),
    status: text().notNull(),
    startedOn: date({ mode: 'string' }).notNull(),
    completedOn: date({ mode: 'string' }),
    changedAt: timestamp({ withTimezone: true }).notNull(),
    contribution: jsonb().$type<Contribution>().notNull(),
  },
  (table) => [index('adoptions_action_idx').on(table.actionId), index('adoptions_region_idx').on(table.regionId)],
);

export const enrollments = statisticsSchema.table(
  'enrollments',
  {
    enrollmentId: uuid().primaryKey(),
    targetId: uuid().notNull(),
    targetKind: text().notNull(),
    // The region the person learns for, whose country the enrolment counts in; null when the enrolment names none.
    regionId: uuid(),
    status: text().notNull(),
    // The earliest change seen: the enrollment event carries no enrollment date of its own.
    enrolledAt: timestamp({ withTimezone: true }).notNull(),
    completedAt: timestamp({ withTimezone: true }),
    changedAt: timestamp({ withTimezone: true }).notNull(),
    contribution: jsonb().$type<Contribution>().notNull(),
  },
  (table) => [index('enrollments_region_idx').on(table.regionId)],
);

/** Facts counted once (a funding entry, an outcome, a held conference, a published action), by their own id. */
export const countedFacts = statisticsSchema.table(
  'counted_facts',
  {
    kind: text().notNull(),
    factId: uuid().notNull(),
    countedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (table) => [primaryKey({ columns: [table.kind, table.factId] })],
);

export type RegionDimensionRow = typeof regions.$inferSelect;
/**
 * When the read model last applied an event of each name: what the figures are "as of". One row per event name, so
 * that consumers of different topics never wait for one another's row.
 */
export const appliedEvents = statisticsSchema.table('applied_events', {
  eventName: text().primaryKey(),
  appliedAt: timestamp({ withTimezone: true }).notNull(),
});

export type ConferenceDimensionRow = typeof conferences.$inferSelect;
export type ActionDimensionRow = typeof actions.$inferSelect;
export type RegistrationStateRow = typeof registrations.$inferSelect;
export type AdoptionStateRow = typeof adoptions.$inferSelect;
export type EnrollmentStateRow = typeof enrollments.$inferSelect;

/** Every table of the read model, emptied by a rebuild before the stream is replayed. */
export const readModelTables = [
  counters,
  regionCounters,
  entityCounters,
  regions,
  conferences,
  actions,
  learningTargets,
  registrations,
  adoptions,
  enrollments,
  countedFacts,
  appliedEvents,
];

export const processedEvents = processedEventsTable(statisticsSchema);
export const deadLetters = deadLettersTable(statisticsSchema);
