import { demoPeople, personId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { callerTokens } from '../../testing/callers';
import { demoPerson } from '../../testing/demo-person';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(startPeople);
const tokens = callerTokens(platform.jwtSecret);

const people = demoPeople();
// Chiemgau's second team member has not consented to a public profile; its moderator has.
const hidden = demoPerson('chiemgau:member-2');
const visible = demoPerson('chiemgau:moderator');
const hiddenId = personId(hidden.key);
const visibleId = personId(visible.key);

const personQuery = `query($id: UUID!) {
  person(id: $id) {
    id displayName hasPublicProfile sector region { id name } givenName familyName email phone
    publicProfileConsentedAt teamMemberships { role region { slug } }
  }
}`;

interface PersonData {
  person: {
    id: string;
    displayName: string | null;
    hasPublicProfile: boolean;
    sector: string | null;
    region: { id: string; name: string } | null;
    givenName: string | null;
    familyName: string | null;
    email: string | null;
    phone: string | null;
    publicProfileConsentedAt: string | null;
    teamMemberships: { role: string; region: { slug: string } }[];
  } | null;
}

describe('a person with a public profile', () => {
  it('shows the display name, sector, region and team roles to everyone, but no personal data', async () => {
    const response = await query<PersonData>(personQuery, { id: visibleId });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.person).toEqual({
      id: visibleId,
      displayName: `${visible.givenName} ${visible.familyName}`,
      hasPublicProfile: true,
      sector: 'CIVIL_SOCIETY',
      region: { id: regionId('chiemgau'), name: 'Chiemgau' },
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      publicProfileConsentedAt: null,
      teamMemberships: [{ role: 'REGIONAL_MODERATOR', region: { slug: 'chiemgau' } }],
    });
    expect(JSON.stringify(response.body)).not.toContain(visible.email);
    // Personal fields were asked for, so the answer must not land in a shared cache.
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the public part of a profile as cacheable for a short time', async () => {
    const response = await query('query($id: UUID!) { person(id: $id) { displayName sector } }', { id: visibleId });
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('hides email and phone from partners, reporting and other members, and from other regional teams', async () => {
    for (const token of [
      await tokens.partner(),
      await tokens.reporting(),
      await tokens.member('wurzen:moderator'),
      await tokens.team('chiemgau', 'member-1'),
      await tokens.team('wurzen'),
    ]) {
      const response = await query<PersonData>(personQuery, { id: visibleId }, { token });
      expect(response.body.data?.person?.email).toBeNull();
      expect(response.body.data?.person?.phone).toBeNull();
      expect(JSON.stringify(response.body)).not.toContain(visible.email);
    }
  });
});

describe('a person without consent to a public profile', () => {
  it('does not exist for anonymous callers, partners, other members and other regional teams', async () => {
    for (const token of [
      undefined,
      await tokens.partner(),
      await tokens.member('chiemgau:participant-1'),
      await tokens.team('wurzen'),
    ]) {
      const response = await query<PersonData>(personQuery, { id: hiddenId }, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.body.data?.person).toBeNull();
      expect(JSON.stringify(response.body)).not.toContain(hidden.familyName);
    }
  });

  it("shows names but no contact data to the team of the person's region", async () => {
    const response = await query<PersonData>(personQuery, { id: hiddenId }, { token: await tokens.team('chiemgau') });
    expect(response.body.data?.person).toMatchObject({
      displayName: `${hidden.givenName} ${hidden.familyName}`,
      hasPublicProfile: false,
      givenName: hidden.givenName,
      familyName: hidden.familyName,
      email: null,
      phone: null,
    });
  });

  it('shows everything to the person themself and to staff', async () => {
    for (const token of [await tokens.member(hidden.key), await tokens.staff()]) {
      const response = await query<PersonData>(personQuery, { id: hiddenId }, { token });
      expect(response.body.data?.person).toMatchObject({
        displayName: `${hidden.givenName} ${hidden.familyName}`,
        email: hidden.email,
        phone: hidden.phone,
        teamMemberships: [{ role: 'TEAM_MEMBER', region: { slug: 'chiemgau' } }],
      });
    }
  });

  it('reaches other subgraphs as a reference without a name', async () => {
    const response = await platform.subgraphClient('people')<{
      _entities: { displayName: string | null; sector: string | null; email: string | null; teamMemberships: [] }[];
    }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Person { displayName hasPublicProfile sector email teamMemberships { id } } } }`,
      { representations: [{ __typename: 'Person', id: hiddenId }] },
    );
    expect(response.body.data?._entities).toEqual([
      { displayName: null, hasPublicProfile: false, sector: null, email: null, teamMemberships: [] },
    ]);
  });

  it('reports an id nobody has as NOT_FOUND and a malformed id as a bad UUID', async () => {
    const unknown = await query(personQuery, { id: '4d1f1d36-0000-4000-8000-000000000000' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await query('{ person(id: "42") { displayName } }');
    expect(malformed.body.errors?.[0]?.message).toMatch(/UUID/);
  });
});

describe('me', () => {
  const meQuery = '{ me { id displayName email phone hasPublicProfile } }';

  it("returns the caller's own record with contact data", async () => {
    const response = await query<{ me: { id: string; email: string } }>(
      meQuery,
      {},
      {
        token: await tokens.member(hidden.key),
      },
    );
    expect(response.body.data?.me).toMatchObject({ id: hiddenId, email: hidden.email, hasPublicProfile: false });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('is null for anonymous callers and callers that are not a person', async () => {
    expect((await query<{ me: null }>(meQuery)).body.data?.me).toBeNull();
    expect((await query<{ me: null }>(meQuery, {}, { token: await tokens.partner() })).body.data?.me).toBeNull();
  });
});

describe('listing people', () => {
  const listQuery = `query($first: Int, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount edges { node { id displayName email region { id } } } pageInfo { hasNextPage endCursor }
    }
  }`;
  interface ListData {
    people: {
      totalCount: number;
      edges: { node: { id: string; displayName: string; email: string | null; region: { id: string } | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }

  it('is refused to anonymous callers, partners, reporting and members', async () => {
    for (const token of [
      undefined,
      await tokens.partner(),
      await tokens.reporting(),
      await tokens.member(hidden.key),
    ]) {
      const response = await query(listQuery, {}, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
  });

  it("shows a regional team its own region's people, names included, contact data not", async () => {
    const response = await query<ListData>(listQuery, { first: 100 }, { token: await tokens.team('chiemgau') });
    const chiemgau = people.filter((person) => person.regionSlug === 'chiemgau');
    expect(response.body.data?.people.totalCount).toBe(chiemgau.length);
    const names = response.body.data?.people.edges.map((edge) => edge.node.displayName);
    expect(names).toContain(`${hidden.givenName} ${hidden.familyName}`);
    // The moderator asking sees their own address, nobody else's.
    const withEmail = response.body.data?.people.edges.filter((edge) => edge.node.email !== null);
    expect(withEmail?.map((edge) => edge.node.id)).toEqual([visibleId]);
  });

  it("refuses a regional team another region's people", async () => {
    const response = await query(
      listQuery,
      { filter: { regionIds: [regionId('chiemgau'), regionId('wurzen')] } },
      { token: await tokens.team('chiemgau') },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('shows staff everyone, filtered by region and sector, in pages without gaps or repeats', async () => {
    const staff = await tokens.staff();
    const all = await query<ListData>(listQuery, { first: 0 }, { token: staff });
    expect(all.body.data?.people.totalCount).toBe(people.length);

    const filter = { regionIds: [regionId('wurzen'), regionId('bern')], sectors: ['BUSINESS', 'POLITICS'] };
    const expected = people.filter(
      (person) =>
        (person.regionSlug === 'wurzen' || person.regionSlug === 'bern') &&
        (person.sector === 'business' || person.sector === 'politics'),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof query<ListData>>> = await query<ListData>(
        listQuery,
        { first: 3, after, filter },
        { token: staff },
      );
      seen.push(...(page.body.data?.people.edges.map((edge) => edge.node.id) ?? []));
      if (!page.body.data?.people.pageInfo.hasNextPage) break;
      after = page.body.data.people.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(new Set(seen)).toEqual(new Set(expected.map((person) => personId(person.key))));
    expect(seen).toHaveLength(expected.length);
  });

  it('finds people by a part of their name, case-insensitively, taking wildcards literally', async () => {
    const staff = await tokens.staff();
    const byName = await query<ListData>(
      listQuery,
      { first: 100, filter: { search: hidden.familyName.toUpperCase(), regionIds: [regionId('chiemgau')] } },
      { token: staff },
    );
    expect(byName.body.data?.people.edges.map((edge) => edge.node.id)).toContain(hiddenId);
    const wildcard = await query<ListData>(listQuery, { filter: { search: '%' } }, { token: staff });
    expect(wildcard.body.data?.people.totalCount).toBe(0);
  });

  it('lets only staff find a person by e-mail, so a team cannot guess addresses through search', async () => {
    const search = { search: hidden.email, regionIds: [regionId('chiemgau')] };
    const staff = await query<ListData>(listQuery, { filter: search }, { token: await tokens.staff() });
    expect(staff.body.data?.people.edges.map((edge) => edge.node.id)).toEqual([hiddenId]);
    const team = await query<ListData>(listQuery, { filter: search }, { token: await tokens.team('chiemgau') });
    expect(team.body.data?.people.totalCount).toBe(0);
  });

  it('refuses a page over the maximum and an overlong search', async () => {
    const staff = await tokens.staff();
    expect(errorCodes(await query(listQuery, { first: 101 }, { token: staff }))).toEqual(['BAD_USER_INPUT']);
    const long = await query(listQuery, { filter: { search: 'x'.repeat(101) } }, { token: staff });
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
  });
});
