import { deadLettersTable, outboxTable, processedEventsTable, sectors } from '@mitmach/events';
import { sql } from 'drizzle-orm';
import type { MailConference } from '../modules/mail/conference-ics';

/** What a reminder tells of its conference; the country picks the language. */
export type ReminderConference = MailConference & { country: string };

import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
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

// The secret address of a person's own calendar feed. The token itself is kept, not a hash of it: the person reads
// their feed's address again whenever they set up another calendar, and the gateway finds the person by it. Resetting
// replaces the token, and the old address stops working at once. An erasure deletes the row.
export const calendarFeeds = peopleSchema.table('calendar_feeds', {
  personId: uuid()
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  token: text().notNull().unique('calendar_feeds_token_unique'),
  issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const guestStatus = peopleSchema.enum('guest_status', ['pending', 'confirmed']);
export const linkPurpose = peopleSchema.enum('link_purpose', [
  'confirm_guest',
  'cancel_registration',
  'confirm_application',
]);
export const applicantStatus = peopleSchema.enum('applicant_status', ['pending', 'confirmed']);
export const mailStatus = peopleSchema.enum('mail_status', ['pending', 'sent', 'bounced']);

// Someone who registered for a conference without an account. Until they confirm their address the row is all we
// know about them, and it is deleted when the hold lapses; once confirmed, the person holds name and address and the
// row keeps only the consent they gave and when.
export const guestRegistrations = peopleSchema.table(
  'guest_registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    conferenceId: uuid().notNull(),
    status: guestStatus().notNull().default('pending'),
    name: text(),
    email: text(),
    sector: sector().notNull(),
    consentToContact: boolean().notNull(),
    publicProfile: boolean().notNull(),
    partnerKeyId: uuid(),
    registrationId: uuid(),
    personId: uuid().references(() => persons.id, { onDelete: 'cascade' }),
    holdUntil: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    check(
      'guest_pending_or_confirmed',
      sql`(${table.status} = 'pending' and ${table.name} is not null and ${table.email} is not null and ${table.personId} is null) or (${table.status} = 'confirmed' and ${table.name} is null and ${table.email} is null and ${table.personId} is not null and ${table.confirmedAt} is not null)`,
    ),
    index('guest_registrations_email_idx').on(sql`lower(${table.email})`, table.createdAt),
    index('guest_registrations_partner_idx').on(table.partnerKeyId, table.createdAt),
    index('guest_registrations_hold_idx').on(table.status, table.holdUntil),
    index('guest_registrations_person_idx').on(table.personId),
  ],
);

// A group that applied for an application round without an account. Until the contact person confirms the address
// the row is all there is, deleted when the confirmation time lapses; once confirmed, the person holds name and
// address, the regions service the region and the application, and the row keeps the team for staff to read and the
// link to the application whose decision the contact person hears of.
export const regionApplicants = peopleSchema.table(
  'region_applicants',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid().notNull(),
    status: applicantStatus().notNull().default('pending'),
    regionName: text().notNull(),
    regionKind: text().notNull(),
    country: text().notNull(),
    subdivision: text().notNull(),
    area: text().notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    motivation: text().notNull(),
    fieldsOfAction: text().array().notNull(),
    team: text().array().notNull(),
    contactName: text(),
    email: text(),
    personId: uuid().references(() => persons.id, { onDelete: 'cascade' }),
    partnerKeyId: uuid(),
    applicationId: uuid(),
    holdUntil: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    check(
      'applicant_pending_or_confirmed',
      sql`(${table.status} = 'pending' and ${table.contactName} is not null and ${table.email} is not null and ${table.personId} is null) or (${table.status} = 'confirmed' and ${table.contactName} is null and ${table.email} is null and ${table.personId} is not null and ${table.confirmedAt} is not null)`,
    ),
    index('region_applicants_email_idx').on(sql`lower(${table.email})`, table.createdAt),
    index('region_applicants_partner_idx').on(table.partnerKeyId, table.createdAt),
    index('region_applicants_hold_idx').on(table.status, table.holdUntil),
    index('region_applicants_person_idx').on(table.personId),
  ],
);

// The solved proof-of-work challenges the public forms were sent with: each works once, so its signature is kept
// until the challenge has expired and the hour the address quota counts is over. The address is only the keyed hash
// the challenge carries.
export const proofOfWorkUses = peopleSchema.table(
  'proof_of_work_uses',
  {
    signature: text().primaryKey(),
    form: text().notNull(),
    addressTag: text().notNull(),
    usedAt: timestamp({ withTimezone: true }).notNull(),
    keepUntil: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [
    index('proof_of_work_uses_address_idx').on(table.addressTag, table.form, table.usedAt),
    index('proof_of_work_uses_keep_idx').on(table.keepUntil),
  ],
);

// The links of e-mails that act without an account. Only a hash of the token is stored, so the table cannot be used
// to act; each works once and until it expires.
export const mailLinks = peopleSchema.table(
  'mail_links',
  {
    tokenHash: text().primaryKey(),
    purpose: linkPurpose().notNull(),
    guestId: uuid().references(() => guestRegistrations.id, { onDelete: 'cascade' }),
    registrationId: uuid(),
    applicantId: uuid().references(() => regionApplicants.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('mail_links_guest_idx').on(table.guestId),
    index('mail_links_applicant_idx').on(table.applicantId),
    index('mail_links_expires_idx').on(table.expiresAt),
  ],
);

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

// Every e-mail the platform sends, written in the transaction that decided to send it and sent at least once by the
// mail worker. The Message-ID is fixed when the row is written, so a repeated send is recognisable as the same mail.
export const mailOutbox = peopleSchema.table(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    messageId: text().notNull().unique(),
    recipient: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    language: text().notNull(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    guestId: uuid().references(() => guestRegistrations.id, { onDelete: 'cascade' }),
    personId: uuid().references(() => persons.id, { onDelete: 'cascade' }),
    applicantId: uuid().references(() => regionApplicants.id, { onDelete: 'cascade' }),
    status: mailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('mail_outbox_due_idx').on(table.status, table.nextAttemptAt),
    index('mail_outbox_guest_idx').on(table.guestId),
    index('mail_outbox_person_idx').on(table.personId),
    index('mail_outbox_applicant_idx').on(table.applicantId),
  ],
);

// The reminder two days before a conference for each confirmed registration of a person, with the public details the
// message needs as they were last heard of. It is sent once: sent_at is set in the transaction that queues the mail.
export const conferenceReminders = peopleSchema.table(
  'conference_reminders',
  {
    registrationId: uuid().primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    conference: jsonb().$type<ReminderConference>().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index('conference_reminders_due_idx').on(table.dueAt).where(sql`${table.sentAt} is null`),
    index('conference_reminders_person_idx').on(table.personId),
  ],
);

// People who asked, with the one-click link of a mail, to be sent no more reminders.
export const mailOptOuts = peopleSchema.table('mail_opt_outs', {
  personId: uuid()
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  optedOutAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// The embedded mode's stand-in for a mail server: what would have gone out over SMTP, as the full MIME message.
export const devMailbox = peopleSchema.table(
  'dev_mailbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    messageId: text().notNull(),
    recipient: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    raw: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dev_mailbox_received_idx').on(table.receivedAt)],
);

export type GuestRegistrationRow = typeof guestRegistrations.$inferSelect;
export type RegionApplicantRow = typeof regionApplicants.$inferSelect;
export type MailOutboxRow = typeof mailOutbox.$inferSelect;
export type NewMail = typeof mailOutbox.$inferInsert;
export type PersonRow = typeof persons.$inferSelect;
export type TeamMembershipRow = typeof teamMemberships.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

export const outbox = outboxTable(peopleSchema);
export const processedEvents = processedEventsTable(peopleSchema);
export const deadLetters = deadLettersTable(peopleSchema);

/**
 * Ids of erased people with the id of their erasure (the `people.person-erased` event), the only record here that
 * names an erased id; other services acknowledge the erasure by that event id. `announcementsRemovedAt` says when the
 * service's own events about the person (their erasure and changes, which name them by id) were deleted from its
 * outbox and the event log, once every service had applied the erasure.
 */
export const erasedPersonIds = peopleSchema.table('erased_person_ids', {
  personId: uuid().primaryKey(),
  erasureId: uuid().notNull().unique(),
  erasedAt: timestamp({ withTimezone: true }).notNull(),
  announcementsRemovedAt: timestamp({ withTimezone: true }),
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
