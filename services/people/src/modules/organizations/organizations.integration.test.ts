import { demoOrganizations, initiativeKey, organizationId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizationSupporters, organizations } from '../../db/schema';
import { callerTokens } from '../../testing/callers';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(startPeople);
const tokens = callerTokens(platform.jwtSecret);

const demo = demoOrganizations();

interface ListData {
  organizations: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; kind: string; region: { slug: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const listQuery = `query($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id name kind region { slug } } } pageInfo { hasNextPage endCursor }
  }
}`;

async function organizationCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(organizations);
  return row?.value ?? -1;
}

describe('public organisation queries', () => {
  it('lists every organisation by name, cacheable for everyone', async () => {
    const response = await query<ListData>(listQuery, { first: 5 });
    expect(response.body.data?.organizations.totalCount).toBe(demo.length);
    const names = response.body.data?.organizations.edges.map((edge) => edge.node.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('filters by region, kind, field of action and name', async () => {
    const byRegionAndKind = await query<ListData>(listQuery, {
      filter: { regionIds: [regionId('bern'), regionId('graz')], kinds: ['MUNICIPALITY', 'SCHOOL'] },
    });
    const nodes = byRegionAndKind.body.data?.organizations.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(
      demo.filter(
        (organization) =>
          ['bern', 'graz'].includes(organization.regionSlug ?? '') &&
          ['municipality', 'school'].includes(organization.kind),
      ).length,
    );
    for (const node of nodes) {
      expect(['bern', 'graz']).toContain(node.region?.slug);
      expect(['MUNICIPALITY', 'SCHOOL']).toContain(node.kind);
    }

    const energy = await query<ListData>(listQuery, { first: 100, filter: { fieldsOfAction: ['energy'] } });
    const expected = demo.filter((organization) => organization.fieldsOfAction.includes('energy'));
    expect(energy.body.data?.organizations.totalCount).toBe(expected.length);

    const byName = await query<ListData>(listQuery, { filter: { search: 'STIFTUNG' } });
    expect(byName.body.data?.organizations.edges.map((edge) => edge.node.name).sort()).toEqual([
      'Be The Change Stiftung',
      'Schweisfurth Stiftung',
    ]);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const filter = { kinds: ['FOUNDATION', 'ASSOCIATION', 'INITIATIVE'] };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof query<ListData>>> = await query<ListData>(listQuery, {
        first: 7,
        after,
        filter,
      });
      seen.push(...(page.body.data?.organizations.edges.map((edge) => edge.node.id) ?? []));
      if (!page.body.data?.organizations.pageInfo.hasNextPage) break;
      after = page.body.data.organizations.pageInfo.endCursor;
    }
    const all = await query<ListData>(listQuery, { first: 100, filter });
    expect(seen).toEqual(all.body.data?.organizations.edges.map((edge) => edge.node.id));
  });

  it('shows the carrying organisations of the initiative and its fields of action through the regions subgraph', async () => {
    const response = await query<{
      organization: { name: string; kind: string; supportedBy: { name: string }[]; region: null };
    }>('query($id: UUID!) { organization(id: $id) { name kind region { id } supportedBy { name kind } } }', {
      id: organizationId(initiativeKey),
    });
    expect(response.body.data?.organization).toEqual({
      name: 'Mitmach-Regionen Initiative',
      kind: 'INITIATIVE',
      region: null,
      supportedBy: [
        { name: 'Pioneers of Change', kind: 'ASSOCIATION' },
        { name: 'Schweisfurth Stiftung', kind: 'FOUNDATION' },
      ],
    });

    const team = await query<{
      organization: { region: { name: string }; fieldsOfAction: { slug: string; nameDe: string }[] };
    }>('query($id: UUID!) { organization(id: $id) { region { name } fieldsOfAction { slug nameDe } } }', {
      id: organizationId('bern:team'),
    });
    expect(team.body.data?.organization.region.name).toBe('Bern');
    expect(team.body.data?.organization.fieldsOfAction.length).toBeGreaterThan(0);
    expect(team.body.data?.organization.fieldsOfAction.every((field) => field.nameDe.length > 0)).toBe(true);
  });

  it("pages a region's organisations and filters them by kind", async () => {
    const regionQuery = `query($id: UUID!, $after: String) { region(id: $id) {
      all: organizations(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } }
      schools: organizations(filter: { kinds: [SCHOOL] }) { totalCount edges { node { name } } }
    } }`;
    interface RegionData {
      region: {
        all: {
          totalCount: number;
          edges: { node: { name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
        schools: { totalCount: number; edges: { node: { name: string } }[] };
      };
    }
    const first = await query<RegionData>(regionQuery, { id: regionId('wurzen') });
    const wurzen = demo.filter((organization) => organization.regionSlug === 'wurzen');
    expect(first.body.data?.region.all.totalCount).toBe(wurzen.length);
    expect(first.body.data?.region.all.pageInfo.hasNextPage).toBe(true);
    expect(first.body.data?.region.schools.edges.map((edge) => edge.node.name)).toEqual(['Gesamtschule Wurzen']);

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof query<RegionData>>> = await query<RegionData>(regionQuery, {
        id: regionId('wurzen'),
        after,
      });
      names.push(...(page.body.data?.region.all.edges.map((edge) => edge.node.name) ?? []));
      if (!page.body.data?.region.all.pageInfo.hasNextPage) break;
      after = page.body.data.region.all.pageInfo.endCursor;
    }
    expect(names).toHaveLength(wurzen.length);
    expect(new Set(names).size).toBe(wurzen.length);
  });

  it('reports an unknown id as NOT_FOUND and a page over the maximum as BAD_USER_INPUT', async () => {
    const unknown = await query('{ organization(id: "4d1f1d36-0000-4000-8000-000000000000") { name } }');
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await query(listQuery, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    const regionPage = await query(
      'query($id: UUID!) { region(id: $id) { organizations(first: 500) { totalCount } } }',
      {
        id: regionId('wurzen'),
      },
    );
    expect(errorCodes(regionPage)).toEqual(['BAD_USER_INPUT']);
  });
});

const createOrganization = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization { id name kind description website region { slug } fieldsOfAction { slug } supportedBy { name } }
    userErrors { field message code }
  }
}`;
const updateOrganization = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization { id name kind description region { slug } supportedBy { name } }
    userErrors { field message code }
  }
}`;

interface CreateData {
  createOrganization: {
    organization: {
      id: string;
      name: string;
      region: { slug: string } | null;
      fieldsOfAction: { slug: string }[];
      supportedBy: { name: string }[];
    } | null;
    userErrors: { field: string[]; code: string }[];
  };
}
interface UpdateData {
  updateOrganization: {
    organization: { name: string; kind: string; description: string | null; supportedBy: { name: string }[] } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe('creating organisations', () => {
  it("lets a regional team add an initiative to its own region, carried by the region's association", async () => {
    const response = await query<CreateData>(
      createOrganization,
      {
        input: {
          name: 'Solawi Wurzener Land',
          kind: 'INITIATIVE',
          regionId: regionId('wurzen'),
          description: 'Solidarische Landwirtschaft mit 80 Ernteteilen und Verteilpunkten in Wurzen und Bennewitz.',
          website: 'https://solawi-wurzen.example.org',
          fieldsOfAction: ['agriculture-food', 'social-cohesion'],
          supportedByIds: [organizationId('wurzen:team')],
        },
      },
      { token: await tokens.team('wurzen') },
    );
    expect(response.body.data?.createOrganization).toMatchObject({
      organization: {
        name: 'Solawi Wurzener Land',
        region: { slug: 'wurzen' },
        fieldsOfAction: [{ slug: 'agriculture-food' }, { slug: 'social-cohesion' }],
        supportedBy: [{ name: 'Mitmach-Region Wurzen' }],
      },
      userErrors: [],
    });
  });

  it('refuses bad fields with userErrors, writing nothing', async () => {
    const before = await organizationCount();
    const staff = await tokens.staff();
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [
        { name: 'X', kind: 'COMPANY', fieldsOfAction: ['Energie!'], supportedByIds: [organizationId('be-the-change')] },
        [
          ['input.name', 'INVALID'],
          ['input.fieldsOfAction', 'INVALID'],
          ['input.supportedByIds', 'ONLY_INITIATIVES'],
        ],
      ],
      [
        { name: 'Neue Initiative', kind: 'INITIATIVE', supportedByIds: ['4d1f1d36-0000-4000-8000-000000000000'] },
        [['input.supportedByIds', 'NOT_FOUND']],
      ],
      [{ name: 'gemeinde wurzen', kind: 'MUNICIPALITY', regionId: regionId('wurzen') }, [['input.name', 'TAKEN']]],
      [{ name: 'schweisfurth stiftung', kind: 'FOUNDATION' }, [['input.name', 'TAKEN']]],
    ];
    for (const [input, expected] of cases) {
      const response = await query<CreateData>(createOrganization, { input }, { token: staff });
      expect(response.body.data?.createOrganization.organization).toBeNull();
      expect(
        response.body.data?.createOrganization.userErrors.map((error) => [error.field.join('.'), error.code]),
      ).toEqual(expected);
    }
    expect(await organizationCount()).toBe(before);
  });

  it('allows the same name in another region', async () => {
    const response = await query<CreateData>(
      createOrganization,
      { input: { name: 'Gemeinde Wurzen', kind: 'MUNICIPALITY', regionId: regionId('bern') } },
      { token: await tokens.staff() },
    );
    expect(response.body.data?.createOrganization.userErrors).toEqual([]);
  });

  it('refuses other regions, network organisations for teams, and every other role with FORBIDDEN', async () => {
    const before = await organizationCount();
    const team = await tokens.team('wurzen');
    const attempts: [Record<string, unknown>, string | undefined][] = [
      [{ name: 'Fremde Region', kind: 'SCHOOL', regionId: regionId('bern') }, team],
      [{ name: 'Netzwerkweit', kind: 'FOUNDATION' }, team],
      [{ name: 'Anonym', kind: 'SCHOOL', regionId: regionId('wurzen') }, undefined],
      [{ name: 'Partner', kind: 'SCHOOL', regionId: regionId('wurzen') }, await tokens.partner()],
      [{ name: 'Mitglied', kind: 'SCHOOL', regionId: regionId('wurzen') }, await tokens.member('wurzen:participant-1')],
    ];
    for (const [input, token] of attempts) {
      expect(errorCodes(await query(createOrganization, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await organizationCount()).toBe(before);
  });
});

describe('updating organisations', () => {
  it("lets the region's team change its organisation but not move it away or touch another region's", async () => {
    const team = await tokens.team('graz');
    const school = organizationId('graz:school');
    const changed = await query<UpdateData>(
      updateOrganization,
      { input: { organizationId: school, description: 'Die Schule betreibt einen Gemeinschaftsgarten im Bezirk.' } },
      { token: team },
    );
    expect(changed.body.data?.updateOrganization).toMatchObject({
      organization: { description: 'Die Schule betreibt einen Gemeinschaftsgarten im Bezirk.' },
      userErrors: [],
    });

    const [before] = await platform.db.select().from(organizations).where(eq(organizations.id, school));
    for (const input of [
      { organizationId: school, regionId: regionId('bern') },
      { organizationId: school, regionId: null },
      { organizationId: organizationId('bern:school'), name: 'Übernommen' },
    ]) {
      expect(errorCodes(await query(updateOrganization, { input }, { token: team }))).toEqual(['FORBIDDEN']);
    }
    const [after] = await platform.db.select().from(organizations).where(eq(organizations.id, school));
    expect(after).toEqual(before);
  });

  it('keeps supporters for initiatives only and refuses an organisation supporting itself', async () => {
    const staff = await tokens.staff();
    const initiative = organizationId('bern:team');
    const supporters = async () =>
      (
        await platform.db
          .select()
          .from(organizationSupporters)
          .where(eq(organizationSupporters.organizationId, initiative))
      ).length;
    const before = await supporters();
    const asCompany = await query<UpdateData>(
      updateOrganization,
      { input: { organizationId: initiative, kind: 'COMPANY' } },
      { token: staff },
    );
    expect(asCompany.body.data?.updateOrganization.userErrors.map((error) => error.code)).toEqual(['ONLY_INITIATIVES']);
    const itself = await query<UpdateData>(
      updateOrganization,
      { input: { organizationId: initiative, supportedByIds: [initiative] } },
      { token: staff },
    );
    expect(itself.body.data?.updateOrganization.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    expect(await supporters()).toBe(before);

    const replaced = await query<UpdateData>(
      updateOrganization,
      {
        input: {
          organizationId: initiative,
          supportedByIds: [organizationId(initiativeKey), organizationId('bern:municipality')],
        },
      },
      { token: staff },
    );
    expect(replaced.body.data?.updateOrganization.organization?.supportedBy.map((org) => org.name)).toEqual([
      'Mitmach-Regionen Initiative',
      'Stadt Bern',
    ]);
  });

  it('refuses a name taken in the region and reports an unknown organisation', async () => {
    const staff = await tokens.staff();
    const taken = await query<UpdateData>(
      updateOrganization,
      { input: { organizationId: organizationId('graz:business'), name: 'GESAMTSCHULE GRAZ' } },
      { token: staff },
    );
    expect(taken.body.data?.updateOrganization.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    const unknown = await query<UpdateData>(
      updateOrganization,
      { input: { organizationId: '4d1f1d36-0000-4000-8000-000000000000', name: 'Niemand' } },
      { token: staff },
    );
    expect(unknown.body.data?.updateOrganization.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses partners, members and anonymous callers with FORBIDDEN', async () => {
    const input = { organizationId: organizationId('graz:school'), name: 'Gekapert' };
    for (const token of [await tokens.partner(), await tokens.member('graz:participant-1'), undefined]) {
      expect(errorCodes(await query(updateOrganization, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
  });
});
