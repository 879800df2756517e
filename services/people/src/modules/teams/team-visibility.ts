import { type Caller, canManageRegion, isPerson } from '@mitmach/auth';
import type { TeamMembershipRow } from '../../db/schema';
import { hasPublicProfile } from '../people/person-privacy';
import type { TeamEntry } from './teams.repository';

export interface RegionTeamModel {
  members: TeamMembershipRow[];
  anonymousCount: number;
  totalCount: number;
}

/**
 * A region's team as the caller may see it. Staff and the region's own team see everyone; anyone else sees people
 * with a public profile (and themself) by name and the rest only as a number, so no name of a person without consent
 * reaches the public.
 */
export function teamAsSeenBy(
  caller: Caller,
  regionId: string,
  entries: readonly TeamEntry[],
  roles: readonly TeamMembershipRow['role'][] | null,
): RegionTeamModel {
  const wanted = roles?.length ? entries.filter((entry) => roles.includes(entry.membership.role)) : entries;
  const seesEveryone = canManageRegion(caller, regionId);
  const named = wanted.filter(
    (entry) => seesEveryone || hasPublicProfile(entry.person) || isPerson(caller, entry.person.id),
  );
  const people = new Set(wanted.map((entry) => entry.person.id));
  const namedPeople = new Set(named.map((entry) => entry.person.id));
  return {
    members: named.map((entry) => entry.membership),
    anonymousCount: people.size - namedPeople.size,
    totalCount: people.size,
  };
}
