import type { Db } from '@mitmach/db';
import { and, asc, count, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { type RegionApplicantRow, regionApplicants } from '../../db/schema';

export type NewApplicant = typeof regionApplicants.$inferInsert;

export async function insertApplicant(db: Db, applicant: NewApplicant): Promise<RegionApplicantRow> {
  const [row] = await db.insert(regionApplicants).values(applicant).returning();
  if (!row) throw new Error('insert into region_applicants returned no row');
  return row;
}

export async function lockApplicant(db: Db, id: string): Promise<RegionApplicantRow | null> {
  const [row] = await db.select().from(regionApplicants).where(eq(regionApplicants.id, id)).for('update');
  return row ?? null;
}

export function updateApplicant(db: Db, id: string, changes: Partial<NewApplicant>) {
  return db.update(regionApplicants).set(changes).where(eq(regionApplicants.id, id));
}

/** Applications made with this address since `since`, confirmed or not. */
export async function applicationsForEmail(db: Db, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(regionApplicants)
    .where(and(sql`lower(${regionApplicants.email}) = ${email.toLowerCase()}`, gte(regionApplicants.createdAt, since)));
  return row?.value ?? 0;
}

export async function applicationsForPartnerKey(db: Db, partnerKeyId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(regionApplicants)
    .where(and(eq(regionApplicants.partnerKeyId, partnerKeyId), gte(regionApplicants.createdAt, since)));
  return row?.value ?? 0;
}

/** Unconfirmed applications whose time is over; their mails and links go with them. */
export async function deleteLapsedApplicants(db: Db, now: Date, limit: number): Promise<number> {
  const due = db
    .select({ id: regionApplicants.id })
    .from(regionApplicants)
    .where(and(eq(regionApplicants.status, 'pending'), lte(regionApplicants.holdUntil, now)))
    .orderBy(asc(regionApplicants.holdUntil))
    .limit(limit)
    .for('update', { skipLocked: true });
  const deleted = await db
    .delete(regionApplicants)
    .where(inArray(regionApplicants.id, due))
    .returning({ id: regionApplicants.id });
  return deleted.length;
}
