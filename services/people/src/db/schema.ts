import { deadLettersTable, outboxTable, processedEventsTable, sectors } from '@mitmach/events';
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

export const peopleSchema = pgSchema('people');

export const sector = peopleSchema.enum('sector', sectors);
export const teamRole = peopleSchema.enum('team_role', ['regional_moderator', 'team_member', 'contact']);
export const organizationKind = peopleSchema.enum('organization_kind', [
  'initiative',
  'association',
  'company',
  'municipality',
  'public_agency',
  'foundation',
  'school',
]);

// Every piece of personal data lives in this one table, so that a GDPR erasure has one row to clear. An erased
// person keeps the row and its id, so that references in other services still resolve, but names and contact data
// are gone (null) and the display name is a neutral placeholder; erased_at says when.
// Region ids point into the regions subgraph; no foreign key can cross service boundaries.
export const persons = peopleSchema.table(
  'persons',
  {
    id: uuid().primaryKey().defaultRandom(),
    displayName: text().notNull(),
    // Null only for an erased person; every other person has names and an address (checked below).
    givenName: text(),
    familyName: text(),
    email: text(),
    phone: text(),
    sector: sector().notNull(),
    regionId: uuid(),
    publicProfileConsentedAt: timestamp({ withTimezone: true }),
    publicProfileWithdrawnAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'persons_erased_or_complete',
      sql`${table.erasedAt} is not null or (${table.givenName} is not null and ${table.familyName} is not null and ${table.email} is not null)`,
    ),
    check(
      'persons_erased_leaves_nothing',
      sql`${table.erasedAt} is null or (${table.givenName} is null and ${table.familyName} is null and ${table.email} is null and ${table.phone} is null and ${table.publicProfileConsentedAt} is null)`,
    ),
    uniqueIndex('persons_email_unique').on(sql`lower(${table.email})`),
    index('persons_region_idx').on(table.regionId),
    index('persons_display_name_idx').on(table.displayName, table.id),
  ],
);

export const teamMemberships = peopleSchema.table(
  'team_memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    regionId: uuid().notNull(),
    role: teamRole().notNull(),
    since: date({ mode: 'string' }).notNull(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('team_memberships_person_region_role').on(table.personId, table.regionId, table.role),
    index('team_memberships_region_idx').on(table.regionId),
  ],
);

export const organizations = peopleSchema.table(
  'organizations',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: organizationKind().notNull(),
    regionId: uuid(),
    description: text(),
    website: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Network-wide organisations (no region) share one namespace, hence the coalesce.
    uniqueIndex('organizations_region_name_unique').on(
      sql`coalesce(${table.regionId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${table.name})`,
    ),
    index('organizations_region_name_idx').on(table.regionId, table.name, table.id),
    index('organizations_kind_idx').on(table.kind),
  ],
);

export const organizationFieldsOfAction = peopleSchema.table(
  'organization_fields_of_action',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    fieldSlug: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.fieldSlug] }),
    index('ofoa_field_idx').on(table.fieldSlug),
  ],
);

export const organizationSupporters = peopleSchema.table(
  'organization_supporters',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    supporterId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.supporterId] }),
    check('organization_supports_not_itself', sql`${table.organizationId} <> ${table.supporterId}`),
    index('organization_supporters_supporter_idx').on(table.supporterId),
  ],
);

export type PersonRow = typeof persons.$inferSelect;
export type TeamMembershipRow = typeof teamMemberships.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;

export const outbox = outboxTable(peopleSchema);
export const processedEvents = processedEventsTable(peopleSchema);
export const deadLetters = deadLettersTable(peopleSchema);

/**
 * Ids of erased people with the id of their erasure (the `people.person-erased` event), the only record here that
 * names an erased id besides the emptied person row; other services acknowledge the erasure by that event id.
 */
export const erasedPersonIds = peopleSchema.table('erased_person_ids', {
  personId: uuid().primaryKey(),
  erasureId: uuid().notNull().unique(),
  erasedAt: timestamp({ withTimezone: true }).notNull(),
});

/** Which service applied which erasure, and when: the erasure status. Holds no person id. */
export const erasureAcknowledgements = peopleSchema.table(
  'erasure_acknowledgements',
  {
    erasureId: uuid()
      .notNull()
      .references(() => erasedPersonIds.erasureId, { onDelete: 'cascade' }),
    service: text().notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.erasureId, table.service] })],
);
