import type { Db } from '@mitmach/db';
import { asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { conferenceReminders, guestRegistrations, mailOptOuts, mailOutbox, regionApplicants } from '../../db/schema';

/** A person's rows: theirs by id, and, while they have an address, those made with it before anyone confirmed it. */
function ownedBy(personColumn: AnyPgColumn, emailColumn: AnyPgColumn, personId: string, email: string | null): SQL {
  const byId = eq(personColumn, personId);
  if (!email) return byId;
  return or(byId, sql`lower(${emailColumn}) = ${email.toLowerCase()}`) ?? byId;
}

export function guestRegistrationsOf(db: Db, personId: string, email: string | null) {
  return db
    .select()
    .from(guestRegistrations)
    .where(ownedBy(guestRegistrations.personId, guestRegistrations.email, personId, email))
    .orderBy(asc(guestRegistrations.createdAt));
}

export function regionApplicationsOf(db: Db, personId: string, email: string | null) {
  return db
    .select()
    .from(regionApplicants)
    .where(ownedBy(regionApplicants.personId, regionApplicants.email, personId, email))
    .orderBy(asc(regionApplicants.createdAt));
}

export function mailsOf(db: Db, personId: string, email: string | null) {
  return db
    .select({
      messageId: mailOutbox.messageId,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
      language: mailOutbox.language,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(ownedBy(mailOutbox.personId, mailOutbox.recipient, personId, email))
    .orderBy(asc(mailOutbox.createdAt));
}

export function remindersOf(db: Db, personId: string) {
  return db
    .select()
    .from(conferenceReminders)
    .where(eq(conferenceReminders.personId, personId))
    .orderBy(asc(conferenceReminders.dueAt));
}

export async function optOutOf(db: Db, personId: string): Promise<Date | null> {
  const [row] = await db.select().from(mailOptOuts).where(eq(mailOptOuts.personId, personId));
  return row?.optedOutAt ?? null;
}
