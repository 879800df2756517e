import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, arrayOverlaps, asc, count, desc, eq, gt, inArray, lte, or, type SQL } from 'drizzle-orm';
import {
  type ConferenceDayRow,
  type ConferenceRow,
  type ConferenceStatus,
  type ConferenceStatusChangeRow,
  conferenceDays,
  conferenceStatusChanges,
  conferences,
  type NewConference,
  sessions,
} from '../../db/schema';
import type { Day } from './conference-input';

export type ConferenceTiming = 'upcoming' | 'past';

export interface ConferenceListFilter {
  countries?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  fieldsOfAction?: readonly string[] | null;
  formats?: readonly ConferenceRow['format'][] | null;
  statuses?: readonly ConferenceStatus[] | null;
  timing?: ConferenceTiming | null;
}

/** Soonest first for what is to come; latest first for archives. */
export type ConferenceOrder = 'soonest' | 'latest';

function whereOf(db: Db, filter: ConferenceListFilter, now: Date): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.countries?.length) conditions.push(inArray(conferences.country, [...filter.countries]));
  if (filter.regionIds?.length) conditions.push(inArray(conferences.regionId, [...filter.regionIds]));
  if (filter.formats?.length) conditions.push(inArray(conferences.format, [...filter.formats]));
  if (filter.statuses?.length) conditions.push(inArray(conferences.status, [...filter.statuses]));
  if (filter.timing === 'upcoming') conditions.push(gt(conferences.endsAt, now));
  if (filter.timing === 'past') conditions.push(lte(conferences.endsAt, now));
  if (filter.fieldsOfAction?.length) {
    const slugs = [...filter.fieldsOfAction];
    const withSession = db
      .select({ id: sessions.conferenceId })
      .from(sessions)
      .where(inArray(sessions.fieldSlug, slugs));
    conditions.push(or(arrayOverlaps(conferences.fieldSlugs, slugs), inArray(conferences.id, withSession)) as SQL);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export async function listConferences(
  db: Db,
  filter: ConferenceListFilter,
  order: ConferenceOrder,
  page: Page,
  now: Date,
): Promise<{ rows: ConferenceRow[]; totalCount: number }> {
  const where = whereOf(db, filter, now);
  const orderBy =
    order === 'soonest'
      ? [asc(conferences.startsAt), asc(conferences.id)]
      : [desc(conferences.startsAt), asc(conferences.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(conferences)
      .where(where)
      .orderBy(...orderBy)
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(conferences).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function conferencesByIds(db: Db, ids: readonly string[]): Promise<ConferenceRow[]> {
  return db
    .select()
    .from(conferences)
    .where(inArray(conferences.id, [...ids]));
}

export function conferencesByRegionIds(db: Db, regionIds: readonly string[]): Promise<ConferenceRow[]> {
  return db
    .select()
    .from(conferences)
    .where(inArray(conferences.regionId, [...regionIds]))
    .orderBy(asc(conferences.startsAt), asc(conferences.id));
}

export function daysByConferenceIds(db: Db, conferenceIds: readonly string[]): Promise<ConferenceDayRow[]> {
  return db
    .select()
    .from(conferenceDays)
    .where(inArray(conferenceDays.conferenceId, [...conferenceIds]))
    .orderBy(asc(conferenceDays.date));
}

export function statusChangesByConferenceIds(
  db: Db,
  conferenceIds: readonly string[],
): Promise<ConferenceStatusChangeRow[]> {
  return db
    .select()
    .from(conferenceStatusChanges)
    .where(inArray(conferenceStatusChanges.conferenceId, [...conferenceIds]))
    .orderBy(asc(conferenceStatusChanges.changedAt), asc(conferenceStatusChanges.id));
}

export async function insertConference(
  db: Db,
  conference: NewConference,
  days: readonly Day[],
  changedBy: string | null,
): Promise<ConferenceRow> {
  const [row] = await db.insert(conferences).values(conference).returning();
  if (!row) throw new Error('insert into conferences returned no row');
  await replaceDays(db, row.id, days);
  await recordStatusChange(db, { conferenceId: row.id, from: null, to: row.status, note: 'created', changedBy });
  return row;
}

export async function replaceDays(db: Db, conferenceId: string, days: readonly Day[]): Promise<void> {
  await db.delete(conferenceDays).where(eq(conferenceDays.conferenceId, conferenceId));
  await db
    .insert(conferenceDays)
    .values(days.map((day) => ({ conferenceId, date: day.date, startsAt: day.startsAt, endsAt: day.endsAt })));
}

export async function updateConferenceRow(db: Db, id: string, patch: Partial<NewConference>): Promise<ConferenceRow> {
  const [row] = await db
    .update(conferences)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(conferences.id, id))
    .returning();
  if (!row) throw new Error('update of conferences returned no row');
  return row;
}

export async function lockConference(db: Db, id: string): Promise<ConferenceRow | null> {
  const [row] = await db.select().from(conferences).where(eq(conferences.id, id)).for('update');
  return row ?? null;
}

export async function recordStatusChange(
  db: Db,
  change: {
    conferenceId: string;
    from: ConferenceStatus | null;
    to: ConferenceStatus;
    note: string | null;
    changedBy: string | null;
  },
): Promise<void> {
  await db.insert(conferenceStatusChanges).values({
    conferenceId: change.conferenceId,
    fromStatus: change.from,
    toStatus: change.to,
    note: change.note,
    changedBy: change.changedBy,
  });
}
