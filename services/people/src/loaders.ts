import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader, type Page } from '@mitmach/server-kit';
import DataLoader from 'dataloader';
import type { OrganizationRow } from './db/schema';
import {
  fieldSlugsByOrganizationIds,
  organizationPagesByRegionIds,
  organizationsByIds,
  type RegionOrganizationsPage,
  supportersByOrganizationIds,
} from './modules/organizations/organizations.repository';
import { personsByIds } from './modules/people/people.repository';
import { membershipsByIds, membershipsByPersonIds, teamEntriesByRegionIds } from './modules/teams/teams.repository';

/** Per-request loaders: each entity type and relation costs one SQL statement per request, whatever the list length. */
export function createLoaders(db: Db) {
  const personById = entityLoader(
    (ids: readonly string[]) => personsByIds(db, ids),
    (row) => row.id,
  );
  // Region.organizations takes page arguments; regions asked with the same arguments share one batch.
  const organizationPages = new Map<string, DataLoader<string, RegionOrganizationsPage>>();
  return {
    personById,
    membershipById: entityLoader(
      (ids: readonly string[]) => membershipsByIds(db, ids),
      (row) => row.id,
    ),
    membershipsByPerson: groupLoader(
      (ids: readonly string[]) => membershipsByPersonIds(db, ids),
      (row) => row.personId,
    ),
    teamByRegion: groupLoader(
      async (ids: readonly string[]) => {
        const entries = await teamEntriesByRegionIds(db, ids);
        // The team members' people come with the team, so TeamMembership.person costs no further statement.
        for (const entry of entries) personById.prime(entry.person.id, entry.person);
        return entries;
      },
      (entry) => entry.membership.regionId,
    ),
    organizationById: entityLoader(
      (ids: readonly string[]) => organizationsByIds(db, ids),
      (row) => row.id,
    ),
    fieldSlugsByOrganization: groupLoader(
      (ids: readonly string[]) => fieldSlugsByOrganizationIds(db, ids),
      (row) => row.organizationId,
    ),
    supportersByOrganization: groupLoader(
      (ids: readonly string[]) => supportersByOrganizationIds(db, ids),
      (row) => row.organizationId,
    ),
    organizationsOfRegion(page: Page, kinds: readonly OrganizationRow['kind'][] | null) {
      const key = JSON.stringify([page.offset, page.limit, [...(kinds ?? [])].sort()]);
      let loader = organizationPages.get(key);
      if (!loader) {
        loader = new DataLoader<string, RegionOrganizationsPage>(async (regionIds) => {
          const pages = await organizationPagesByRegionIds(db, regionIds, page, kinds);
          return regionIds.map((id) => pages.get(id) ?? { rows: [], totalCount: 0 });
        });
        organizationPages.set(key, loader);
      }
      return loader;
    },
  };
}

export type PeopleLoaders = ReturnType<typeof createLoaders>;
