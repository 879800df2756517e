import type { Db } from '@mitmach/db';
import { eq } from 'drizzle-orm';
import { type CalendarFeedRow, calendarFeeds } from '../../db/schema';

export async function calendarFeedOf(db: Db, personId: string): Promise<CalendarFeedRow | null> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.personId, personId));
  return row ?? null;
}

export async function calendarFeedByToken(db: Db, token: string): Promise<CalendarFeedRow | null> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token));
  return row ?? null;
}

/** Gives the person this token, replacing the one they had. */
export async function replaceCalendarFeedToken(db: Db, personId: string, token: string): Promise<CalendarFeedRow> {
  const issuedAt = new Date();
  const [row] = await db
    .insert(calendarFeeds)
    .values({ personId, token, issuedAt })
    .onConflictDoUpdate({ target: calendarFeeds.personId, set: { token, issuedAt } })
    .returning();
  if (!row) throw new Error(`the calendar feed of person ${personId} was not stored`);
  return row;
}

export function deleteCalendarFeed(db: Db, personId: string) {
  return db.delete(calendarFeeds).where(eq(calendarFeeds.personId, personId));
}
