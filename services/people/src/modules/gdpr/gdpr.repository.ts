import type { Db } from '@mitmach/db';
import { asc, eq, sql } from 'drizzle-orm';
import {
  conferenceReminders,
  devMailbox,
  erasedPersonIds,
  erasureAcknowledgements,
  guestRegistrations,
  mailOptOuts,
  mailOutbox,
  persons,
  regionApplicants,
  teamMemberships,
} from '../../db/schema';

/**
 * Deletes the person's row: nothing of them is left but the id in the erased-ids record, which references from other
 * services resolve to a former member by. What hangs on the row (calendar feed, guest records, reminders, messages)
 * goes with it.
 */
export async function deletePersonRow(db: Db, id: string): Promise<void> {
  await db.delete(persons).where(eq(persons.id, id));
}

/** Ends every team role of the person; returns how many there were. */
export function deleteMembershipsOfPerson(db: Db, personId: string) {
  return db
    .delete(teamMemberships)
    .where(eq(teamMemberships.personId, personId))
    .returning({ id: teamMemberships.id, regionId: teamMemberships.regionId, version: teamMemberships.version });
}

/** The team memberships of other people that this person recorded. */
export async function membershipIdsRecordedBy(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: teamMemberships.id })
    .from(teamMemberships)
    .where(eq(teamMemberships.createdBy, personId))
    .orderBy(asc(teamMemberships.createdAt), asc(teamMemberships.id));
  return rows.map((row) => row.id);
}

/**
 * The consent records of the person's guest registrations, their applications for regions, their reminders and
 * their unsubscription, and every message to them, sent or not, go with them; so do unconfirmed guest registrations
 * and applications made with their address, and every message to it, the built-in mailbox's included.
 */
export async function deleteGuestAndMailRecords(db: Db, person: { id: string; email: string | null }): Promise<void> {
  await db.delete(guestRegistrations).where(eq(guestRegistrations.personId, person.id));
  await db.delete(regionApplicants).where(eq(regionApplicants.personId, person.id));
  await db.delete(conferenceReminders).where(eq(conferenceReminders.personId, person.id));
  await db.delete(mailOptOuts).where(eq(mailOptOuts.personId, person.id));
  await db.delete(mailOutbox).where(eq(mailOutbox.personId, person.id));
  if (!person.email) return;
  const email = person.email.toLowerCase();
  await db.delete(guestRegistrations).where(sql`lower(${guestRegistrations.email}) = ${email}`);
  await db.delete(regionApplicants).where(sql`lower(${regionApplicants.email}) = ${email}`);
  await db.delete(mailOutbox).where(sql`lower(${mailOutbox.recipient}) = ${email}`);
  await db.delete(devMailbox).where(sql`lower(${devMailbox.recipient}) = ${email}`);
}

/** Team memberships of others that the person recorded stay, recorded by a former member (no one). */
export async function forgetMembershipRecorder(db: Db, personId: string): Promise<void> {
  await db.update(teamMemberships).set({ createdBy: null }).where(eq(teamMemberships.createdBy, personId));
}

/** Keeps the erased id with the id of its erasure, by which the other services acknowledge it. */
export async function recordErasure(db: Db, erasure: { personId: string; erasureId: string; erasedAt: Date }) {
  await db.insert(erasedPersonIds).values(erasure);
}

/** The erasure of a person with the acknowledgements that have come in; null when the person was not erased. */
export async function erasureOf(db: Db, personId: string) {
  const [erasure] = await db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, personId));
  if (!erasure) return null;
  const acknowledgements = await db
    .select({ service: erasureAcknowledgements.service, appliedAt: erasureAcknowledgements.appliedAt })
    .from(erasureAcknowledgements)
    .where(eq(erasureAcknowledgements.erasureId, erasure.erasureId));
  return { ...erasure, acknowledgements };
}
