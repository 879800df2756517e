import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { type ApplicationRoundRow, type ApplicationRow, applicationRounds, applications } from '../../db/schema';

export async function listApplicationRounds(
  db: Db,
  page: Page,
): Promise<{ rows: ApplicationRoundRow[]; totalCount: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(applicationRounds)
      .orderBy(desc(applicationRounds.opensOn), asc(applicationRounds.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(applicationRounds),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function applicationRoundsByIds(db: Db, ids: readonly string[]): Promise<ApplicationRoundRow[]> {
  return db
    .select()
    .from(applicationRounds)
    .where(inArray(applicationRounds.id, [...ids]));
}

export async function applicationRoundBySlug(db: Db, slug: string): Promise<ApplicationRoundRow | null> {
  const [row] = await db.select().from(applicationRounds).where(eq(applicationRounds.slug, slug));
  return row ?? null;
}

export function applicationsByRoundIds(db: Db, roundIds: readonly string[]): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(applications)
    .where(inArray(applications.roundId, [...roundIds]))
    .orderBy(asc(applications.submittedOn), asc(applications.id));
}

export function applicationsByIds(db: Db, ids: readonly string[]): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(applications)
    .where(inArray(applications.id, [...ids]));
}

export async function applicationCountsByRoundIds(db: Db, roundIds: readonly string[]) {
  return db
    .select({ roundId: applications.roundId, value: count() })
    .from(applications)
    .where(inArray(applications.roundId, [...roundIds]))
    .groupBy(applications.roundId);
}

export async function insertApplicationRound(
  db: Db,
  round: typeof applicationRounds.$inferInsert,
): Promise<ApplicationRoundRow> {
  const [row] = await db.insert(applicationRounds).values(round).returning();
  if (!row) throw new Error('insert into application_rounds returned no row');
  return row;
}

export async function insertApplication(
  db: Db,
  application: typeof applications.$inferInsert,
): Promise<ApplicationRow> {
  const [row] = await db.insert(applications).values(application).returning();
  if (!row) throw new Error('insert into applications returned no row');
  return row;
}

export async function lockApplication(db: Db, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

export async function findApplication(db: Db, roundId: string, regionId: string): Promise<ApplicationRow | null> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.roundId, roundId), eq(applications.regionId, regionId)));
  return row ?? null;
}

export async function decide(
  db: Db,
  id: string,
  decision: ApplicationRow['decision'],
  decidedOn: string,
  decidedBy: string | null,
): Promise<ApplicationRow> {
  const [row] = await db
    .update(applications)
    .set({ decision, decidedOn, decidedBy })
    .where(eq(applications.id, id))
    .returning();
  if (!row) throw new Error('update of applications returned no row');
  return row;
}

/** Raises a round's version for a change of its figures; the update's row lock orders concurrent applications. */
export async function raiseRoundVersion(db: Db, id: string): Promise<{ id: string; version: number }> {
  const [row] = await db
    .update(applicationRounds)
    .set({ version: sql`${applicationRounds.version} + 1` })
    .where(eq(applicationRounds.id, id))
    .returning({ id: applicationRounds.id, version: applicationRounds.version });
  if (!row) throw new Error(`application round ${id} vanished while an application was added`);
  return row;
}

export async function applicationByApplicant(db: Db, applicantId: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.applicantId, applicantId));
  return row ?? null;
}
