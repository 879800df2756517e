import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { erasedPersonIds, type PersonRow, persons, teamMemberships } from '../../db/schema';
import { containsPattern } from '../search-text';

export interface PersonListFilter {
  /** People living in one of these regions or serving on one of their teams; null for everyone. */
  regionIds: readonly string[] | null;
  sectors?: readonly PersonRow['sector'][] | null;
  search?: string | null;
  /** Only staff may find people by e-mail; for anyone else an address must not be guessable through search. */
  searchEmail: boolean;
}

function whereOf(db: Db, filter: PersonListFilter): SQL | undefined {
  // An erased person is no longer part of the network: staff reach the record by id only.
  const conditions: (SQL | undefined)[] = [isNull(persons.erasedAt)];
  if (filter.regionIds) {
    const regionIds = [...filter.regionIds];
    conditions.push(
      or(
        inArray(persons.regionId, regionIds),
        inArray(
          persons.id,
          db
            .select({ id: teamMemberships.personId })
            .from(teamMemberships)
            .where(inArray(teamMemberships.regionId, regionIds)),
        ),
      ),
    );
  }
  if (filter.sectors?.length) conditions.push(inArray(persons.sector, [...filter.sectors]));
  if (filter.search?.trim()) {
    const pattern = containsPattern(filter.search);
    conditions.push(
      or(
        ilike(persons.displayName, pattern),
        ilike(persons.givenName, pattern),
        ilike(persons.familyName, pattern),
        filter.searchEmail ? ilike(persons.email, pattern) : undefined,
      ),
    );
  }
  return and(...conditions);
}

export async function listPersons(
  db: Db,
  filter: PersonListFilter,
  page: Page,
): Promise<{ rows: PersonRow[]; totalCount: number }> {
  const where = whereOf(db, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(persons)
      .where(where)
      .orderBy(asc(persons.displayName), asc(persons.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(persons).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

/** What an erased person shows instead of a name: a former member of the network, not anybody's name. */
export const formerMemberName = 'Ehemaliges Mitglied';

/**
 * An erased person as the API shows them: their row is deleted, and only the erased-ids record remembers the id, so
 * that references from other services (authorship, a team list, an entity reference) still resolve to somebody.
 */
export function formerMember(erasure: { personId: string; erasedAt: Date }): PersonRow {
  return {
    id: erasure.personId,
    displayName: formerMemberName,
    givenName: null,
    familyName: null,
    email: null,
    phone: null,
    sector: 'other',
    regionId: null,
    publicProfileConsentedAt: null,
    publicProfileWithdrawnAt: erasure.erasedAt,
    erasedAt: erasure.erasedAt,
    version: 1,
    createdAt: erasure.erasedAt,
    updatedAt: erasure.erasedAt,
  };
}

/** The people of the ids, an erased one as a former member; a second statement only when an id has no row. */
export async function personsByIds(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  const rows = await db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...ids]));
  const found = new Set(rows.map((row) => row.id));
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length === 0) return rows;
  const erased = await db.select().from(erasedPersonIds).where(inArray(erasedPersonIds.personId, missing));
  return [...rows, ...erased.map(formerMember)];
}

/** Whether another person already uses this address, compared as the unique index does. */
export async function emailTaken(db: Db, email: string, exceptPersonId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(sql`lower(${persons.email})`, email.toLowerCase()),
        exceptPersonId ? ne(persons.id, exceptPersonId) : undefined,
      ),
    );
  return row !== undefined;
}

export type NewPerson = typeof persons.$inferInsert;

export async function insertPerson(db: Db, person: NewPerson): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(person).returning();
  if (!row) throw new Error('insert into persons returned no row');
  return row;
}

/** The person's own row, locked; null when there is none (an erased person has none). */
export async function lockPersonRow(db: Db, id: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id)).for('update');
  return row ?? null;
}

/**
 * The person, locked, or the former member an erased id stands for. An erasure running at the same time deletes the
 * row: this waits for it, finds no row and then reads the erased-ids record it committed.
 */
export async function lockPerson(db: Db, id: string): Promise<PersonRow | null> {
  const row = await lockPersonRow(db, id);
  if (row) return row;
  const [erasure] = await db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, id));
  return erasure ? formerMember(erasure) : null;
}

export async function updatePersonRow(db: Db, id: string, patch: Partial<NewPerson>): Promise<PersonRow | null> {
  const [row] = await db
    .update(persons)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(persons.id, id))
    .returning();
  return row ?? null;
}

/** The regions whose teams a person serves. */
export async function teamRegionIdsOfPerson(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ regionId: teamMemberships.regionId })
    .from(teamMemberships)
    .where(eq(teamMemberships.personId, personId));
  return rows.map((row) => row.regionId);
}

export const personsEmailIndex = 'persons_email_unique';
