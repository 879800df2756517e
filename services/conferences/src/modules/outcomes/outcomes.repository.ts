import type { Db } from '@mitmach/db';
import { asc, inArray } from 'drizzle-orm';
import { type OutcomeRow, outcomes } from '../../db/schema';

export type NewOutcome = typeof outcomes.$inferInsert;

export function outcomesByConferenceIds(db: Db, conferenceIds: readonly string[]): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(outcomes)
    .where(inArray(outcomes.conferenceId, [...conferenceIds]))
    .orderBy(asc(outcomes.recordedAt), asc(outcomes.id));
}

export function outcomesByIds(db: Db, ids: readonly string[]): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(outcomes)
    .where(inArray(outcomes.id, [...ids]));
}

export async function insertOutcome(db: Db, outcome: NewOutcome): Promise<OutcomeRow> {
  const [row] = await db.insert(outcomes).values(outcome).returning();
  if (!row) throw new Error('insert into outcomes returned no row');
  return row;
}
