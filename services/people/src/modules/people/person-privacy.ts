import { type Caller, hasRole, isPerson, isStaff } from '@mitmach/auth';
import type { PersonRow } from '../../db/schema';

/**
 * How much of a person a caller may see:
 * - full: the person themself and staff — everything, including email and phone;
 * - team: the team of a region the person lives in or serves — names and consent, no contact data;
 * - public: anyone else, when the person consented to a public profile — display name, sector, region;
 * - erased: staff and the person themself looking at an erased person — the id and when it was erased, no name;
 * - hidden: anyone else — nothing but the id; the person counts only anonymously. An erased person is hidden from
 *   everyone but staff and themself.
 */
export type PersonVisibility = 'full' | 'team' | 'public' | 'erased' | 'hidden';

type VisibilityFacts = Pick<PersonRow, 'id' | 'publicProfileConsentedAt'> & Partial<Pick<PersonRow, 'erasedAt'>>;

export function hasPublicProfile(person: Pick<PersonRow, 'publicProfileConsentedAt'>): boolean {
  return person.publicProfileConsentedAt !== null;
}

/** `personRegionIds`: the person's home region and the regions whose teams they serve. */
export function personVisibility(
  caller: Caller,
  person: VisibilityFacts,
  personRegionIds: readonly string[],
): PersonVisibility {
  // Checked first: after an erasure nobody, staff included, sees the person by name again.
  if (person.erasedAt) return isStaff(caller) || isPerson(caller, person.id) ? 'erased' : 'hidden';
  if (isStaff(caller) || isPerson(caller, person.id)) return 'full';
  if (hasRole(caller, 'regional_team') && personRegionIds.some((id) => caller.regionIds.includes(id))) return 'team';
  return hasPublicProfile(person) ? 'public' : 'hidden';
}

/**
 * The same verdict, asking for the person's team regions only when the answer depends on them (a regional team
 * looking at someone outside its home regions), so that other callers cost no statement.
 */
export async function resolvePersonVisibility(
  caller: Caller,
  person: PersonRow,
  teamRegionIds: () => Promise<readonly string[]>,
): Promise<PersonVisibility> {
  const homeOnly = person.regionId ? [person.regionId] : [];
  const first = personVisibility(caller, person, homeOnly);
  if (first !== 'hidden' || person.erasedAt || !hasRole(caller, 'regional_team')) return first;
  return personVisibility(caller, person, [...homeOnly, ...(await teamRegionIds())]);
}

/** Whether the caller may know that the person exists (resolve it by id); an erased person shows only its id then. */
export const mayShowPerson = (visibility: PersonVisibility) => visibility !== 'hidden';
export const mayShowName = (visibility: PersonVisibility) =>
  visibility === 'full' || visibility === 'team' || visibility === 'public';
export const mayShowPersonalNames = (visibility: PersonVisibility) => visibility === 'full' || visibility === 'team';
export const mayShowContact = (visibility: PersonVisibility) => visibility === 'full';
