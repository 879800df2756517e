import type { Db } from '@mitmach/db';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { conferenceReminders, mailOptOuts, type ReminderConference } from '../../db/schema';

export type ReminderRow = typeof conferenceReminders.$inferSelect;

/** Sets or moves the reminder of a registration; one already sent is sent again only when the conference moved. */
export function upsertReminder(
  db: Db,
  reminder: { registrationId: string; personId: string; conference: ReminderConference; dueAt: Date },
) {
  return db
    .insert(conferenceReminders)
    .values(reminder)
    .onConflictDoUpdate({
      target: conferenceReminders.registrationId,
      set: {
        personId: reminder.personId,
        conference: reminder.conference,
        dueAt: reminder.dueAt,
        sentAt: sql`case when ${conferenceReminders.dueAt} = excluded.due_at then ${conferenceReminders.sentAt} end`,
      },
    });
}

export function deleteReminder(db: Db, registrationId: string) {
  return db.delete(conferenceReminders).where(eq(conferenceReminders.registrationId, registrationId));
}

/** Unsent reminders that are due, locked for this worker and skipped by others. */
export function lockDueReminders(db: Db, now: Date, limit: number): Promise<ReminderRow[]> {
  return db
    .select()
    .from(conferenceReminders)
    .where(and(isNull(conferenceReminders.sentAt), lte(conferenceReminders.dueAt, now)))
    .orderBy(asc(conferenceReminders.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export function markReminderSent(db: Db, registrationId: string, sentAt: Date) {
  return db.update(conferenceReminders).set({ sentAt }).where(eq(conferenceReminders.registrationId, registrationId));
}

export async function hasOptedOut(db: Db, personId: string): Promise<boolean> {
  const [row] = await db.select().from(mailOptOuts).where(eq(mailOptOuts.personId, personId));
  return Boolean(row);
}

export function recordOptOut(db: Db, personId: string, at: Date) {
  return db.insert(mailOptOuts).values({ personId, optedOutAt: at }).onConflictDoNothing();
}
