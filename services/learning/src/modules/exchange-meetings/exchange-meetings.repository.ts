import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import {
  type ExchangeMeetingExpertRow,
  type ExchangeMeetingRow,
  exchangeMeetingExperts,
  exchangeMeetings,
} from '../../db/schema';

export interface MeetingListFilter {
  period?: 'upcoming' | 'past' | null;
  programIds?: readonly string[] | null;
  cohortIds?: readonly string[] | null;
}

export type NewExchangeMeeting = typeof exchangeMeetings.$inferInsert;
export type ExpertEntry = { personId: string; name: null } | { personId: null; name: string };

export async function listMeetings(
  db: Db,
  filter: MeetingListFilter,
  now: Date,
  page: Page,
): Promise<{ rows: ExchangeMeetingRow[]; totalCount: number }> {
  const conditions: SQL[] = [];
  if (filter.period === 'upcoming') conditions.push(gte(exchangeMeetings.startsAt, now));
  if (filter.period === 'past') conditions.push(lt(exchangeMeetings.startsAt, now));
  if (filter.programIds?.length) conditions.push(inArray(exchangeMeetings.programId, [...filter.programIds]));
  if (filter.cohortIds?.length) conditions.push(inArray(exchangeMeetings.cohortId, [...filter.cohortIds]));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const byStart = filter.period === 'past' ? desc(exchangeMeetings.startsAt) : asc(exchangeMeetings.startsAt);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(exchangeMeetings)
      .where(where)
      .orderBy(byStart, asc(exchangeMeetings.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(exchangeMeetings).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function meetingsByIds(db: Db, ids: readonly string[]): Promise<ExchangeMeetingRow[]> {
  return db
    .select()
    .from(exchangeMeetings)
    .where(inArray(exchangeMeetings.id, [...ids]));
}

export function expertsByMeetingIds(db: Db, meetingIds: readonly string[]): Promise<ExchangeMeetingExpertRow[]> {
  return db
    .select()
    .from(exchangeMeetingExperts)
    .where(inArray(exchangeMeetingExperts.meetingId, [...meetingIds]))
    .orderBy(asc(exchangeMeetingExperts.position));
}

export async function lockMeeting(db: Db, id: string): Promise<ExchangeMeetingRow | null> {
  const [row] = await db.select().from(exchangeMeetings).where(eq(exchangeMeetings.id, id)).for('update');
  return row ?? null;
}

export async function insertMeeting(db: Db, meeting: NewExchangeMeeting): Promise<ExchangeMeetingRow> {
  const [row] = await db.insert(exchangeMeetings).values(meeting).returning();
  if (!row) throw new Error('insert into exchange_meetings returned no row');
  return row;
}

export async function updateMeetingRow(
  db: Db,
  id: string,
  patch: Partial<NewExchangeMeeting>,
): Promise<ExchangeMeetingRow> {
  const [row] = await db
    .update(exchangeMeetings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(exchangeMeetings.id, id))
    .returning();
  if (!row) throw new Error('update of exchange_meetings returned no row');
  return row;
}

export async function replaceExperts(db: Db, meetingId: string, experts: readonly ExpertEntry[]): Promise<void> {
  await db.delete(exchangeMeetingExperts).where(eq(exchangeMeetingExperts.meetingId, meetingId));
  if (experts.length > 0) {
    await db
      .insert(exchangeMeetingExperts)
      .values(experts.map((expert, index) => ({ meetingId, position: index + 1, ...expert })));
  }
}
