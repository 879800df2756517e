import type { Db } from '@mitmach/db';
import { demoOrganizations, demoPeople, organizationId, personId, regionId, seedRegions } from '@mitmach/demo-network';
import { count } from 'drizzle-orm';
import {
  organizationFieldsOfAction,
  organizationSupporters,
  organizations,
  persons,
  teamMemberships,
} from '../db/schema';
import { describeOrganization } from './organization-descriptions';

// Consent forms are dated; the time of day is not known, so noon UTC keeps the calendar date in every time zone of
// the network.
const atNoon = (date: string) => new Date(`${date}T12:00:00Z`);

const insertBatchSize = 500;

async function insertInBatches<Row>(rows: readonly Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += insertBatchSize) {
    await insert(rows.slice(start, start + insertBatchSize));
  }
}

/** Loads the demo network's people and organisations once: a database that already has people is left as it is. */
export async function seedDemoPeople(db: Db): Promise<{ seeded: boolean; people: number; organizations: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ value: count() }).from(persons);
    if ((existing?.value ?? 0) > 0) return { seeded: false, people: existing?.value ?? 0, organizations: 0 };

    const people = demoPeople();
    await insertInBatches(people, (batch) =>
      tx.insert(persons).values(
        batch.map((person) => ({
          id: personId(person.key),
          displayName: `${person.givenName} ${person.familyName}`,
          givenName: person.givenName,
          familyName: person.familyName,
          email: person.email,
          phone: person.phone,
          sector: person.sector,
          regionId: person.regionSlug ? regionId(person.regionSlug) : null,
          publicProfileConsentedAt: person.publicProfile && person.consentedOn ? atNoon(person.consentedOn) : null,
        })),
      ),
    );

    const joinedOn = new Map(seedRegions.map((region) => [region.slug, region.joinedOn]));
    const members = people.filter((person) => person.teamRole !== null && person.regionSlug !== null);
    await insertInBatches(members, (batch) =>
      tx.insert(teamMemberships).values(
        batch.map((person) => ({
          personId: personId(person.key),
          regionId: regionId(person.regionSlug as string),
          role: person.teamRole as NonNullable<typeof person.teamRole>,
          since: joinedOn.get(person.regionSlug as string) as string,
        })),
      ),
    );

    const demo = demoOrganizations();
    await insertInBatches(demo, (batch) =>
      tx.insert(organizations).values(
        batch.map((organization) => ({
          id: organizationId(organization.key),
          name: organization.name,
          kind: organization.kind,
          regionId: organization.regionSlug ? regionId(organization.regionSlug) : null,
          description: describeOrganization(organization),
          website: organization.website,
        })),
      ),
    );
    const fields = demo.flatMap((organization) =>
      [...new Set(organization.fieldsOfAction)].map((fieldSlug) => ({
        organizationId: organizationId(organization.key),
        fieldSlug,
      })),
    );
    await insertInBatches(fields, (batch) => tx.insert(organizationFieldsOfAction).values(batch));
    const supporters = demo.flatMap((organization) =>
      organization.supportedBy.map((key) => ({
        organizationId: organizationId(organization.key),
        supporterId: organizationId(key),
      })),
    );
    await insertInBatches(supporters, (batch) => tx.insert(organizationSupporters).values(batch));
    return { seeded: true, people: people.length, organizations: demo.length };
  });
}
