import type { Db } from '@mitmach/db';
import { and, asc, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import { type PersonRow, persons, type TeamMembershipRow, teamMemberships } from '../../db/schema';

export interface TeamEntry {
  membership: TeamMembershipRow;
  person: PersonRow;
}

/** Every membership of the given regions with its person, moderators first (enum order), then by start date. */
export function teamEntriesByRegionIds(db: Db, regionIds: readonly string[]): Promise<TeamEntry[]> {
  return db
    .select({ membership: teamMemberships, person: persons })
    .from(teamMemberships)
    .innerJoin(persons, eq(persons.id, teamMemberships.personId))
    .where(inArray(teamMemberships.regionId, [...regionIds]))
    .orderBy(asc(teamMemberships.regionId), asc(teamMemberships.role), asc(teamMemberships.since), asc(persons.id));
}

export function membershipsByIds(db: Db, ids: readonly string[]): Promise<TeamMembershipRow[]> {
  return db
    .select()
    .from(teamMemberships)
    .where(inArray(teamMemberships.id, [...ids]));
}

export function membershipsByPersonIds(db: Db, personIds: readonly string[]): Promise<TeamMembershipRow[]> {
  return db
    .select()
    .from(teamMemberships)
    .where(inArray(teamMemberships.personId, [...personIds]))
    .orderBy(asc(teamMemberships.role), asc(teamMemberships.since));
}

/**
 * Serialises changes to one region's team for the rest of the transaction. The region row lives in another service,
 * so there is no row here to lock; a transaction-scoped advisory lock on the region id stands in for it.
 */
export async function lockTeam(db: Db, regionId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`people:team:${regionId}`}))`);
}

export async function teamSize(db: Db, regionId: string): Promise<number> {
  const [row] = await db
    .select({ value: countDistinct(teamMemberships.personId) })
    .from(teamMemberships)
    .where(eq(teamMemberships.regionId, regionId));
  return row?.value ?? 0;
}

export async function hasMembership(
  db: Db,
  membership: Pick<TeamMembershipRow, 'personId' | 'regionId' | 'role'>,
): Promise<boolean> {
  const [row] = await db
    .select({ id: teamMemberships.id })
    .from(teamMemberships)
    .where(
      and(
        eq(teamMemberships.personId, membership.personId),
        eq(teamMemberships.regionId, membership.regionId),
        eq(teamMemberships.role, membership.role),
      ),
    );
  return row !== undefined;
}

export async function insertMembership(
  db: Db,
  membership: typeof teamMemberships.$inferInsert,
): Promise<TeamMembershipRow> {
  const [row] = await db.insert(teamMemberships).values(membership).returning();
  if (!row) throw new Error('insert into team_memberships returned no row');
  return row;
}

export async function lockMembership(db: Db, id: string): Promise<TeamMembershipRow | null> {
  const [row] = await db.select().from(teamMemberships).where(eq(teamMemberships.id, id)).for('update');
  return row ?? null;
}

export async function deleteMembership(db: Db, id: string): Promise<void> {
  await db.delete(teamMemberships).where(eq(teamMemberships.id, id));
}

export const membershipUniqueConstraint = 'team_memberships_person_region_role';
