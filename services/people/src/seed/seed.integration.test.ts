import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import {
  demoOrganizations,
  demoPeople,
  initiativeKey,
  organizationId,
  personId,
  regionId,
} from '@mitmach/demo-network';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationSupporters, organizations, persons, teamMemberships } from '../db/schema';
import { peopleSubgraph } from '../subgraph';
import { seedDemoPeople } from './seed';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await peopleSubgraph.migrate(database.connection);
});
afterAll(() => database?.dispose());

async function counts() {
  const db = database.connection.drizzle();
  const [people] = await db.select({ value: count() }).from(persons);
  const [memberships] = await db.select({ value: count() }).from(teamMemberships);
  const [orgs] = await db.select({ value: count() }).from(organizations);
  return { people: people?.value, memberships: memberships?.value, organizations: orgs?.value };
}

describe('demo data', () => {
  it('loads the demo network with the ids every other service derives', async () => {
    const result = await seedDemoPeople(database.connection.drizzle());
    expect(result).toEqual({ seeded: true, people: demoPeople().length, organizations: demoOrganizations().length });
    expect(await counts()).toEqual({
      people: demoPeople().length,
      memberships: demoPeople().filter((person) => person.teamRole !== null).length,
      organizations: demoOrganizations().length,
    });
    const db = database.connection.drizzle();
    const [moderator] = await db
      .select()
      .from(teamMemberships)
      .where(eq(teamMemberships.personId, personId('winterthur:moderator')));
    expect(moderator).toMatchObject({ regionId: regionId('winterthur'), role: 'regional_moderator' });
    const supporters = await db
      .select({ supporterId: organizationSupporters.supporterId })
      .from(organizationSupporters)
      .where(eq(organizationSupporters.organizationId, organizationId(initiativeKey)));
    expect(supporters.map((row) => row.supporterId).sort()).toEqual(
      [organizationId('schweisfurth-stiftung'), organizationId('pioneers-of-change')].sort(),
    );
  });

  it('leaves a database that already has people as it is', async () => {
    const before = await counts();
    const again = await seedDemoPeople(database.connection.drizzle());
    expect(again.seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
