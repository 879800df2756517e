import { type Caller, canManageRegion, hasRole, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { TeamMembershipRow } from '../../db/schema';
import { teamMembershipChanged } from '../../events/change-events';
import { lockPerson, teamRegionIdsOfPerson } from '../people/people.repository';
import { type RegionReference, regionReference } from '../references';
import { isUniqueViolation } from '../unique-violation';
import {
  deleteMembership,
  hasMembership,
  insertMembership,
  lockMembership,
  lockTeam,
  membershipUniqueConstraint,
  teamSize,
} from './teams.repository';

/** A regional team is a handful of people; the cap keeps `Region.team` a short list. */
export const maxTeamSize = 50;

export interface AddTeamMemberCommand {
  personId: string;
  regionId: string;
  role: TeamMembershipRow['role'];
  since?: string | null;
}

export interface TeamMembershipResult {
  membership: TeamMembershipRow | null;
  userErrors: UserError[];
}

export interface RemoveTeamMemberResult {
  removedMembershipId: string | null;
  region: RegionReference | null;
  userErrors: UserError[];
}

const today = () => new Date().toISOString().slice(0, 10);
const rejected = (userErrors: UserError[]): TeamMembershipResult => ({ membership: null, userErrors });
const alreadyInTeam = (role: string) =>
  rejected([
    userError(
      ['input', 'role'],
      `The person is already on this region's team as ${role.toUpperCase()}.`,
      'ALREADY_IN_TEAM',
    ),
  ]);
// The same answer whether the person does not exist or lies outside the team's reach, so ids reveal nobody.
const erasedPerson = () =>
  rejected([userError(['input', 'personId'], 'There is no person with this id: the person was erased.', 'NOT_FOUND')]);

const unknownPerson = () =>
  rejected([userError(['input', 'personId'], 'There is no person with this id that you may add.', 'NOT_FOUND')]);

export async function addTeamMember(
  db: Db,
  caller: Caller,
  command: AddTeamMemberCommand,
): Promise<TeamMembershipResult> {
  if (!canManageRegion(caller, command.regionId)) {
    throw forbidden("Only staff and the region's own team may add team members.");
  }
  const since = command.since ?? today();
  if (since > today()) return rejected([userError(['input', 'since'], 'The start date cannot lie in the future.')]);
  try {
    return await db.transaction(async (tx) => {
      await lockTeam(tx, command.regionId);
      const person = await lockPerson(tx, command.personId);
      if (!person) return unknownPerson();
      // An erased person left every team for good.
      if (person.erasedAt) return erasedPerson();
      const personRegions = [person.regionId, ...(await teamRegionIdsOfPerson(tx, person.id))];
      if (!isStaff(caller) && !personRegions.some((id) => id !== null && caller.regionIds.includes(id))) {
        return unknownPerson();
      }
      const membership = { personId: person.id, regionId: command.regionId, role: command.role };
      if (await hasMembership(tx, membership)) return alreadyInTeam(command.role);
      if (!personRegions.includes(command.regionId) && (await teamSize(tx, command.regionId)) >= maxTeamSize) {
        return rejected([
          userError(['input', 'regionId'], `A regional team has at most ${maxTeamSize} people.`, 'TEAM_FULL'),
        ]);
      }
      const row = await insertMembership(tx, { ...membership, since, createdBy: caller.personId });
      await teamMembershipChanged(tx, row, 'created');
      return { membership: row, userErrors: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error, membershipUniqueConstraint)) return alreadyInTeam(command.role);
    throw error;
  }
}

export async function removeTeamMember(
  db: Db,
  caller: Caller,
  command: { membershipId: string },
): Promise<RemoveTeamMemberResult> {
  if (!hasRole(caller, 'staff', 'regional_team')) {
    throw forbidden("Only staff and the region's own team may remove team members.");
  }
  return db.transaction(async (tx) => {
    const membership = await lockMembership(tx, command.membershipId);
    if (!membership) {
      return {
        removedMembershipId: null,
        region: null,
        userErrors: [userError(['input', 'membershipId'], 'There is no team membership with this id.', 'NOT_FOUND')],
      };
    }
    if (!canManageRegion(caller, membership.regionId)) {
      throw forbidden("Only staff and the region's own team may remove team members.");
    }
    await deleteMembership(tx, membership.id);
    await teamMembershipChanged(tx, { ...membership, version: membership.version + 1 }, 'deleted');
    return { removedMembershipId: membership.id, region: regionReference(membership.regionId), userErrors: [] };
  });
}
