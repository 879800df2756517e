import { demoPeople, personId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teamMemberships } from '../../db/schema';
import { callerTokens } from '../../testing/callers';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(startPeople);
const tokens = callerTokens(platform.jwtSecret);

const people = demoPeople();
const hidden = people.find((person) => person.key === 'chiemgau:member-2');
if (!hidden || hidden.publicProfile) throw new Error('the demo network changed: chiemgau:member-2 should be private');
const hiddenName = `${hidden.givenName} ${hidden.familyName}`;
const teamOf = (regionSlug: string, roles?: string[]) =>
  people.filter(
    (person) => person.regionSlug === regionSlug && person.teamRole && (!roles || roles.includes(person.teamRole)),
  );
const chiemgauTeam = teamOf('chiemgau');
const anonymousIn = (team: typeof people) => team.filter((person) => !person.publicProfile).length;
const roleOrder = ['regional_moderator', 'team_member', 'contact'];
const publicRoles = chiemgauTeam
  .filter((person) => person.publicProfile)
  .map((person) => person.teamRole ?? '')
  .sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b))
  .map((role) => role.toUpperCase());

const teamQuery = `query($id: UUID!, $roles: [TeamRole!]) {
  region(id: $id) {
    name
    team(roles: $roles) {
      members { id role since person { id displayName email phone } region { slug } }
      anonymousCount totalCount
    }
  }
}`;

interface TeamData {
  region: {
    name: string;
    team: {
      members: {
        id: string;
        role: string;
        since: string;
        person: { id: string; displayName: string | null; email: string | null; phone: string | null };
        region: { slug: string };
      }[];
      anonymousCount: number;
      totalCount: number;
    };
  };
}

const chiemgau = regionId('chiemgau');

async function membershipsOf(regionSlug: string): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(teamMemberships)
    .where(eq(teamMemberships.regionId, regionId(regionSlug)));
  return row?.value ?? -1;
}

describe("a region's team", () => {
  it('shows the public only consenting people by name and counts the others, with no trace of them', async () => {
    for (const token of [undefined, await tokens.partner(), await tokens.member('chiemgau:participant-1')]) {
      const response = await query<TeamData>(teamQuery, { id: chiemgau }, token ? { token } : {});
      expect(response.body.errors).toBeUndefined();
      const team = response.body.data?.region.team;
      expect(team?.members.map((member) => member.role)).toEqual(publicRoles);
      expect(team?.members.every((member) => member.person.displayName !== null)).toBe(true);
      expect(team).toMatchObject({ anonymousCount: anonymousIn(chiemgauTeam), totalCount: chiemgauTeam.length });
      const body = JSON.stringify(response.body);
      expect(body).not.toContain(hiddenName);
      expect(body).not.toContain(personId(hidden.key));
      expect(body).not.toContain('@example.org');
    }
  });

  it('is cacheable for anonymous callers as long as no personal field is asked for', async () => {
    const response = await query(
      'query($id: UUID!) { region(id: $id) { team { members { role person { displayName } } anonymousCount } } }',
      { id: chiemgau },
    );
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it("names everyone for the region's own team, staff and the person themself, but not for another region's team", async () => {
    const everyone = [await tokens.team('chiemgau', 'member-1'), await tokens.staff(), await tokens.member(hidden.key)];
    for (const token of everyone) {
      const team = (await query<TeamData>(teamQuery, { id: chiemgau }, { token })).body.data?.region.team;
      expect(team?.members.map((member) => member.person.displayName)).toContain(hiddenName);
      expect(team).toMatchObject({ anonymousCount: 0, totalCount: chiemgauTeam.length });
    }
    const other = await query<TeamData>(teamQuery, { id: chiemgau }, { token: await tokens.team('wurzen') });
    expect(other.body.data?.region.team.anonymousCount).toBe(anonymousIn(chiemgauTeam));
    expect(JSON.stringify(other.body)).not.toContain(hiddenName);
  });

  it('gives the contact data of team members to staff only', async () => {
    const ownTeam = await query<TeamData>(
      teamQuery,
      { id: chiemgau },
      { token: await tokens.team('chiemgau', 'contact') },
    );
    const others = ownTeam.body.data?.region.team.members.filter(
      (member) => member.person.id !== personId('chiemgau:contact'),
    );
    expect(others?.every((member) => member.person.email === null && member.person.phone === null)).toBe(true);
    const staff = await query<TeamData>(teamQuery, { id: chiemgau }, { token: await tokens.staff() });
    expect(staff.body.data?.region.team.members.every((member) => member.person.email?.endsWith('@example.org'))).toBe(
      true,
    );
  });

  it('lists only the roles asked for', async () => {
    const response = await query<TeamData>(teamQuery, { id: chiemgau, roles: ['TEAM_MEMBER'] });
    const members = teamOf('chiemgau', ['team_member']);
    expect(response.body.data?.region.team).toMatchObject({
      anonymousCount: anonymousIn(members),
      totalCount: members.length,
    });
    expect(response.body.data?.region.team.members.map((member) => member.role)).toEqual(['TEAM_MEMBER']);
  });

  it('resolves memberships as entities for other subgraphs', async () => {
    const team = (await query<TeamData>(teamQuery, { id: chiemgau })).body.data?.region.team;
    const moderator = team?.members[0];
    const response = await platform.subgraphClient('people')<{ _entities: { role: string; since: string }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on TeamMembership { role since } } }',
      { r: [{ __typename: 'TeamMembership', id: moderator?.id }] },
    );
    expect(response.body.data?._entities).toEqual([{ role: 'REGIONAL_MODERATOR', since: moderator?.since }]);
  });
});

const addTeamMember = `mutation($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) { membership { id role since person { displayName } region { slug } } userErrors { field message code } }
}`;
const removeTeamMember = `mutation($input: RemoveTeamMemberInput!) {
  removeTeamMember(input: $input) { removedMembershipId region { slug } userErrors { field message code } }
}`;

interface AddData {
  addTeamMember: {
    membership: { id: string; role: string; since: string; person: { displayName: string } } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe('adding team members', () => {
  const participant = personId('chiemgau:participant-1');

  it("lets a region's team add a person of its region, who then appears on the team", async () => {
    const team = await tokens.team('chiemgau');
    const response = await query<AddData>(
      addTeamMember,
      { input: { personId: participant, regionId: chiemgau, role: 'TEAM_MEMBER', since: '2025-02-01' } },
      { token: team },
    );
    expect(response.body.data?.addTeamMember).toMatchObject({
      membership: { role: 'TEAM_MEMBER', since: '2025-02-01' },
      userErrors: [],
    });
    const after = await query<TeamData>(teamQuery, { id: chiemgau }, { token: team });
    expect(after.body.data?.region.team.totalCount).toBe(chiemgauTeam.length + 1);
  });

  it('refuses the same role twice, a start in the future and an unknown person, writing nothing', async () => {
    const team = await tokens.team('chiemgau');
    const before = await membershipsOf('chiemgau');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: participant, regionId: chiemgau, role: 'TEAM_MEMBER' }, 'input.role', 'ALREADY_IN_TEAM'],
      [{ personId: participant, regionId: chiemgau, role: 'CONTACT', since: '2999-01-01' }, 'input.since', 'INVALID'],
      [
        { personId: '4d1f1d36-0000-4000-8000-000000000000', regionId: chiemgau, role: 'CONTACT' },
        'input.personId',
        'NOT_FOUND',
      ],
      // A person of another region is out of the team's reach and answered like an unknown one.
      [
        { personId: personId('wurzen:participant-1'), regionId: chiemgau, role: 'CONTACT' },
        'input.personId',
        'NOT_FOUND',
      ],
    ];
    for (const [input, field, code] of cases) {
      const response = await query<AddData>(addTeamMember, { input }, { token: team });
      expect(response.body.data?.addTeamMember.membership).toBeNull();
      expect(response.body.data?.addTeamMember.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
        [field, code],
      ]);
    }
    expect(await membershipsOf('chiemgau')).toBe(before);
  });

  it("refuses another region's team, members, partners and anonymous callers with FORBIDDEN", async () => {
    const before = await membershipsOf('chiemgau');
    const input = { personId: personId('chiemgau:participant-2'), regionId: chiemgau, role: 'CONTACT' };
    for (const token of [
      await tokens.team('wurzen'),
      await tokens.member('chiemgau:participant-2'),
      await tokens.partner(),
      undefined,
    ]) {
      expect(errorCodes(await query(addTeamMember, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await membershipsOf('chiemgau')).toBe(before);
  });

  it('lets staff add anyone to any region', async () => {
    const response = await query<AddData>(
      addTeamMember,
      { input: { personId: personId('wurzen:participant-4'), regionId: regionId('kassel'), role: 'TEAM_MEMBER' } },
      { token: await tokens.staff() },
    );
    expect(response.body.data?.addTeamMember.userErrors).toEqual([]);
    expect(response.body.data?.addTeamMember.membership?.since).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('removing team members', () => {
  it("lets only staff and the region's own team remove a membership", async () => {
    const [membership] = await platform.db
      .select()
      .from(teamMemberships)
      .where(eq(teamMemberships.personId, personId('wurzen:contact')));
    const input = { membershipId: membership?.id };
    for (const token of [await tokens.team('chiemgau'), await tokens.member('wurzen:contact'), undefined]) {
      expect(errorCodes(await query(removeTeamMember, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await membershipsOf('wurzen')).toBe(teamOf('wurzen').length);

    const removed = await query<{ removeTeamMember: { removedMembershipId: string; region: { slug: string } } }>(
      removeTeamMember,
      { input },
      { token: await tokens.team('wurzen') },
    );
    expect(removed.body.data?.removeTeamMember).toMatchObject({
      removedMembershipId: membership?.id,
      region: { slug: 'wurzen' },
    });
    expect(await membershipsOf('wurzen')).toBe(teamOf('wurzen').length - 1);

    const again = await query<{ removeTeamMember: { userErrors: { code: string }[] } }>(
      removeTeamMember,
      { input },
      { token: await tokens.staff() },
    );
    expect(again.body.data?.removeTeamMember.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
