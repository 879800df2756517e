import type { Db } from '@mitmach/db';
import { asc, count, eq, inArray } from 'drizzle-orm';
import { type SessionRow, sessions } from '../../db/schema';

export type NewSession = typeof sessions.$inferInsert;

export function sessionsByConferenceIds(db: Db, conferenceIds: readonly string[]): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(inArray(sessions.conferenceId, [...conferenceIds]))
    .orderBy(asc(sessions.startsAt), asc(sessions.title), asc(sessions.id));
}

export async function sessionById(db: Db, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row ?? null;
}

export async function sessionCount(db: Db, conferenceId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(sessions).where(eq(sessions.conferenceId, conferenceId));
  return row?.value ?? 0;
}

export async function insertSession(db: Db, session: NewSession): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(session).returning();
  if (!row) throw new Error('insert into sessions returned no row');
  return row;
}

export async function updateSessionRow(db: Db, id: string, patch: Partial<NewSession>): Promise<SessionRow> {
  const [row] = await db.update(sessions).set(patch).where(eq(sessions.id, id)).returning();
  if (!row) throw new Error('update of sessions returned no row');
  return row;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}
