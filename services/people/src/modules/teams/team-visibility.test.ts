import type { Caller } from '@mitmach/auth';
import { describe, expect, it } from 'vitest';
import type { PersonRow, TeamMembershipRow } from '../../db/schema';
import { teamAsSeenBy } from './team-visibility';
import type { TeamEntry } from './teams.repository';

const region = '11111111-1111-4111-8111-111111111111';
const otherRegion = '22222222-2222-4222-8222-222222222222';

function entry(personId: string, role: TeamMembershipRow['role'], consenting: boolean): TeamEntry {
  return {
    membership: { id: `m-${personId}-${role}`, personId, regionId: region, role } as TeamMembershipRow,
    person: { id: personId, publicProfileConsentedAt: consenting ? new Date() : null } as PersonRow,
  };
}

const entries = [
  entry('p-moderator', 'regional_moderator', true),
  entry('p-private', 'team_member', false),
  entry('p-private', 'contact', false),
  entry('p-member', 'team_member', true),
];
const anonymous: Caller = { personId: null, roles: ['anonymous'], regionIds: [] };

describe("a region's team as a caller sees it", () => {
  it('names only consenting people for the public and counts the others once', () => {
    const team = teamAsSeenBy(anonymous, region, entries, null);
    expect(team.members.map((member) => member.personId)).toEqual(['p-moderator', 'p-member']);
    expect(team).toMatchObject({ anonymousCount: 1, totalCount: 3 });
  });

  it("names everyone for the region's own team and staff, but not for another region's team", () => {
    const ownTeam: Caller = { personId: null, roles: ['regional_team'], regionIds: [region] };
    const otherTeam: Caller = { personId: null, roles: ['regional_team'], regionIds: [otherRegion] };
    const staff: Caller = { personId: null, roles: ['staff'], regionIds: [] };
    expect(teamAsSeenBy(ownTeam, region, entries, null)).toMatchObject({ anonymousCount: 0, totalCount: 3 });
    expect(teamAsSeenBy(staff, region, entries, null).members).toHaveLength(4);
    expect(teamAsSeenBy(otherTeam, region, entries, null).anonymousCount).toBe(1);
  });

  it('shows a person without consent their own memberships', () => {
    const self: Caller = { personId: 'p-private', roles: ['member'], regionIds: [] };
    expect(teamAsSeenBy(self, region, entries, null)).toMatchObject({ anonymousCount: 0, totalCount: 3 });
  });

  it('counts within the asked roles only', () => {
    const contacts = teamAsSeenBy(anonymous, region, entries, ['contact']);
    expect(contacts).toEqual({ members: [], anonymousCount: 1, totalCount: 1 });
  });
});
