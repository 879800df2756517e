import type { Db } from '@mitmach/db';
import { and, asc, count, eq, gte, lte, sql } from 'drizzle-orm';
import { type GuestRegistrationRow, guestRegistrations, type PersonRow, persons } from '../../db/schema';

export type NewGuest = typeof guestRegistrations.$inferInsert;

export async function insertGuest(db: Db, guest: NewGuest): Promise<GuestRegistrationRow> {
  const [row] = await db.insert(guestRegistrations).values(guest).returning();
  if (!row) throw new Error('insert into guest_registrations returned no row');
  return row;
}

export async function guestById(db: Db, id: string): Promise<GuestRegistrationRow | null> {
  const [row] = await db.select().from(guestRegistrations).where(eq(guestRegistrations.id, id));
  return row ?? null;
}

export async function lockGuest(db: Db, id: string): Promise<GuestRegistrationRow | null> {
  const [row] = await db.select().from(guestRegistrations).where(eq(guestRegistrations.id, id)).for('update');
  return row ?? null;
}

export function updateGuest(db: Db, id: string, changes: Partial<NewGuest>) {
  return db.update(guestRegistrations).set(changes).where(eq(guestRegistrations.id, id));
}

export function deleteGuest(db: Db, id: string) {
  return db.delete(guestRegistrations).where(eq(guestRegistrations.id, id));
}

/** Requests made with this address since `since`, confirmed or not. */
export async function requestsForEmail(db: Db, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(guestRegistrations)
    .where(
      and(sql`lower(${guestRegistrations.email}) = ${email.toLowerCase()}`, gte(guestRegistrations.createdAt, since)),
    );
  return row?.value ?? 0;
}

export async function requestsForPartnerKey(db: Db, partnerKeyId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(guestRegistrations)
    .where(and(eq(guestRegistrations.partnerKeyId, partnerKeyId), gte(guestRegistrations.createdAt, since)));
  return row?.value ?? 0;
}

/** Pending guests whose hold is over, locked for this worker and skipped by others. */
export function lockLapsedGuests(db: Db, now: Date, limit: number): Promise<GuestRegistrationRow[]> {
  return db
    .select()
    .from(guestRegistrations)
    .where(and(eq(guestRegistrations.status, 'pending'), lte(guestRegistrations.holdUntil, now)))
    .orderBy(asc(guestRegistrations.holdUntil))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function personByEmail(db: Db, email: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}
