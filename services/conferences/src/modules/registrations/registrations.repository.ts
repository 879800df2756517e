import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { type RegistrationRow, registrations } from '../../db/schema';

export type NewRegistration = typeof registrations.$inferInsert;

export function registrationsByConferenceIds(db: Db, conferenceIds: readonly string[]): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(inArray(registrations.conferenceId, [...conferenceIds]))
    .orderBy(asc(registrations.sequence));
}

export function registrationCountsByConferenceIds(db: Db, conferenceIds: readonly string[]) {
  return db
    .select({
      conferenceId: registrations.conferenceId,
      // Places held for guests who have not confirmed yet count against the capacity, not in the public figures.
      confirmed:
        sql<number>`count(*) filter (where ${registrations.status} = 'confirmed' and not ${registrations.awaitingConfirmation})`.mapWith(
          Number,
        ),
      waitlisted:
        sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted' and not ${registrations.awaitingConfirmation})`.mapWith(
          Number,
        ),
      held: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed' and ${registrations.awaitingConfirmation})`.mapWith(
        Number,
      ),
      attended: sql<number>`count(*) filter (where ${registrations.attended})`.mapWith(Number),
    })
    .from(registrations)
    .where(inArray(registrations.conferenceId, [...conferenceIds]))
    .groupBy(registrations.conferenceId);
}

/** A person's registrations for the given conferences, latest first. */
export function registrationsOfPersonFor(
  db: Db,
  personId: string,
  conferenceIds: readonly string[],
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.personId, personId), inArray(registrations.conferenceId, [...conferenceIds])))
    .orderBy(desc(registrations.sequence));
}

export async function listRegistrationsOfPerson(
  db: Db,
  personId: string,
  page: Page,
): Promise<{ rows: RegistrationRow[]; totalCount: number }> {
  const where = eq(registrations.personId, personId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(registrations)
      .where(where)
      .orderBy(desc(registrations.sequence))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(registrations).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export async function registrationById(db: Db, id: string): Promise<RegistrationRow | null> {
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row ?? null;
}

export function registrationsByIds(db: Db, ids: readonly string[]): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(inArray(registrations.id, [...ids]));
}

export async function activeRegistration(
  db: Db,
  conferenceId: string,
  personId: string,
): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.conferenceId, conferenceId),
        eq(registrations.personId, personId),
        ne(registrations.status, 'cancelled'),
      ),
    );
  return row ?? null;
}

export async function confirmedCount(db: Db, conferenceId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(registrations)
    .where(and(eq(registrations.conferenceId, conferenceId), eq(registrations.status, 'confirmed')));
  return row?.value ?? 0;
}

export async function insertRegistration(db: Db, registration: NewRegistration): Promise<RegistrationRow> {
  const [row] = await db.insert(registrations).values(registration).returning();
  if (!row) throw new Error('insert into registrations returned no row');
  return row;
}

export async function cancelRegistrationRow(db: Db, id: string, at: Date): Promise<RegistrationRow> {
  const [row] = await db
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: at })
    .where(eq(registrations.id, id))
    .returning();
  if (!row) throw new Error('update of registrations returned no row');
  return row;
}

/** Gives up to `places` free places to the longest-waiting people, in order of registration. */
export async function promoteWaitlisted(
  db: Db,
  conferenceId: string,
  places: number,
  at: Date,
): Promise<RegistrationRow[]> {
  if (places <= 0) return [];
  const first = db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.conferenceId, conferenceId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.sequence))
    .limit(places);
  const promoted = await db
    .update(registrations)
    .set({ status: 'confirmed', promotedAt: at })
    .where(inArray(registrations.id, first))
    .returning();
  return promoted.sort((a, b) => a.sequence - b.sequence);
}

export async function setAttendance(
  db: Db,
  attendance: readonly { registrationId: string; attended: boolean }[],
  at: Date,
): Promise<void> {
  for (const attended of [true, false]) {
    const ids = attendance.filter((entry) => entry.attended === attended).map((entry) => entry.registrationId);
    if (ids.length > 0) {
      await db.update(registrations).set({ attended, attendanceMarkedAt: at }).where(inArray(registrations.id, ids));
    }
  }
}

export async function registrationOfGuest(db: Db, guestId: string): Promise<RegistrationRow | null> {
  const [row] = await db.select().from(registrations).where(eq(registrations.guestId, guestId));
  return row ?? null;
}

/** The guest confirmed their address: the held place or waitlist position becomes the person's registration. */
export async function confirmGuestRow(db: Db, id: string, personId: string): Promise<RegistrationRow> {
  const [row] = await db
    .update(registrations)
    .set({ personId, awaitingConfirmation: false })
    .where(eq(registrations.id, id))
    .returning();
  if (!row) throw new Error('update of registrations returned no row');
  return row;
}

/** Everyone who still holds a place or waits for one, in registration order. */
export function activeRegistrationsOf(db: Db, conferenceId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.conferenceId, conferenceId), ne(registrations.status, 'cancelled')))
    .orderBy(asc(registrations.sequence));
}
