import {
  actionId,
  conferenceId,
  type DemoAction,
  demoActions,
  demoOutcomes,
  firstConferenceKey,
  organizationId,
  outcomeId,
  regionId,
  seedRegions,
} from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { poolActions } from '../../seed/pool-actions';
import { startActionPool } from '../../testing/start-action-pool';

const seeded = (key: string): DemoAction => {
  const action = demoActions().find((candidate) => candidate.key === key);
  if (!action) throw new Error(`no demo action ${key}`);
  return action;
};
const titleOf = (action: DemoAction) =>
  demoOutcomes.find((outcome) => outcome.key === action.outcomeKey)?.title ??
  poolActions.find((content) => content.key === action.key)?.title;
const regionNameOf = (slug: string) => seedRegions.find((region) => region.slug === slug)?.name;
const fieldsOf = (action: DemoAction) =>
  demoOutcomes.find((outcome) => outcome.key === action.outcomeKey)?.fieldsOfAction ??
  poolActions.find((content) => content.key === action.key)?.fieldsOfAction ??
  [];
const publishedActions = demoActions().filter((action) => action.status === 'published');
const standing = (action: DemoAction) => action.adoptions.filter((adoption) => adoption.status !== 'abandoned');

const { platform, query, staff } = await startForFile(startActionPool, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});
const waldviertelTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000002',
  regionIds: [regionId('waldviertel')],
});
const grazTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000003',
  regionIds: [regionId('graz')],
});

interface ActionNode {
  id: string;
  title: string;
  status: string;
  originCountry: string;
  publishedAt: string | null;
  adoptionCount: number;
  fieldsOfAction: { slug: string }[];
  sdgs: { number: number }[];
}

interface ActionsData {
  actions: {
    totalCount: number;
    edges: { cursor: string; node: ActionNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const listActions = `query($first: Int, $after: String, $filter: ActionFilter, $sort: ActionSort) {
  actions(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id title status originCountry publishedAt adoptionCount fieldsOfAction { slug } sdgs { number } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function list(variables: Record<string, unknown>, token?: string) {
  const response = await query<ActionsData>(listActions, variables, { token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.actions as ActionsData['actions'];
}

const titles = (actions: ActionsData['actions']) => actions.edges.map((edge) => edge.node.title);

describe('the public action pool', () => {
  it('lists only published actions, newest first, cacheable for everyone', async () => {
    const response = await query<ActionsData>(listActions, { first: 100 });
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    const actions = response.body.data?.actions as ActionsData['actions'];
    expect(actions.totalCount).toBe(publishedActions.length);
    expect(new Set(actions.edges.map((edge) => edge.node.status))).toEqual(new Set(['PUBLISHED']));
    expect(titles(actions).slice(0, 3)).toEqual([
      'Saatgutbibliothek für alte Sorten',
      'Mitfahrbankerl an Dorfausgängen',
      'Kinder zu Fuß zur Schule: Schulstraßen und Laufbusse',
    ]);
    const published = actions.edges.map((edge) => edge.node.publishedAt as string);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ first: 5, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(publishedActions.length);
    expect(new Set(seen).size).toBe(publishedActions.length);
  });

  it('refuses a page larger than 100 and a foreign cursor with BAD_USER_INPUT', async () => {
    expect(errorCodes(await query(listActions, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await query(listActions, { first: 5, after: 'bm9wZQ' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('tells the whole story of a seeded action in one gateway query: origin, steps and the regions that adopted it', async () => {
    const response = await query<{
      action: {
        title: string;
        originRegion: { id: string; name: string; country: string };
        originCountry: string;
        originConference: { id: string } | null;
        originOutcome: { id: string } | null;
        contactOrganization: { id: string } | null;
        steps: { position: number; title: string }[];
        targetGroups: string[];
        effort: { level: string; durationWeeks: number };
        cost: { minEur: number; maxEur: number };
        fieldsOfAction: { slug: string; nameDe: string }[];
        statusHistory: { from: string | null; to: string }[];
        adoptionCount: number;
        adoptingRegions: { name: string }[];
        adoptions: { totalCount: number; edges: { node: { status: string; region: { name: string } } }[] };
      };
    }>(
      `query($id: UUID!) { action(id: $id) {
        title originCountry originRegion { id name country } originConference { id } originOutcome { id }
        contactOrganization { id } steps { position title } targetGroups effort { level durationWeeks } cost { minEur maxEur }
        fieldsOfAction { slug nameDe } statusHistory { from to }
        adoptionCount adoptingRegions { name }
        adoptions(first: 20) { totalCount edges { node { status region { name } } } }
      } }`,
      { id: actionId('repair-cafe') },
    );
    expect(response.body.errors).toBeUndefined();
    const action = response.body.data?.action;
    const outcome = demoOutcomes.find((candidate) => candidate.action?.key === 'repair-cafe');
    expect(action?.title).toBe(outcome?.title);
    expect(action?.originRegion).toEqual({ id: regionId('chiemgau'), name: 'Chiemgau', country: 'DE' });
    expect(action?.originCountry).toBe('DE');
    expect(action?.originConference).toEqual({ id: conferenceId(firstConferenceKey('chiemgau')) });
    expect(action?.originOutcome).toEqual({ id: outcomeId('chiemgau:repair-cafe') });
    expect(action?.contactOrganization).toEqual({ id: organizationId('chiemgau:team') });
    expect(action?.steps.map((step) => step.position)).toEqual([1, 2, 3, 4]);
    expect(action?.effort).toEqual({ level: 'LOW', durationWeeks: 12 });
    expect(action?.cost).toEqual({ minEur: 300, maxEur: 1500 });
    expect(action?.fieldsOfAction.map((field) => field.nameDe)).toEqual([
      'Finanzen & Wirtschaft',
      'Sozialer Zusammenhalt',
    ]);
    expect(action?.statusHistory).toEqual([
      { from: null, to: 'DRAFT' },
      { from: 'DRAFT', to: 'IN_REVIEW' },
      { from: 'IN_REVIEW', to: 'PUBLISHED' },
    ]);
    // Basel abandoned it: it stays in the list of adoptions but does not count.
    const repairCafe = seeded('repair-cafe');
    expect(action?.adoptions.totalCount).toBe(repairCafe.adoptions.length);
    expect(action?.adoptionCount).toBe(standing(repairCafe).length);
    expect(action?.adoptingRegions.map((region) => region.name).sort()).toEqual(
      standing(repairCafe)
        .map((adoption) => regionNameOf(adoption.regionSlug))
        .sort(),
    );
    expect(action?.adoptingRegions.map((region) => region.name)).toEqual(
      expect.arrayContaining(['St. Pölten', 'Tangerhütte', 'Wurzen']),
    );
    expect(action?.adoptions.edges.find((edge) => edge.node.region.name === 'Basel')?.node.status).toBe('ABANDONED');
  });

  it('pages through an action’s adoptions with cursors', async () => {
    type Adoptions = {
      action: {
        adoptions: {
          totalCount: number;
          edges: { node: { startedOn: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const page = (after: string | null) =>
      query<Adoptions>(
        `query($id: UUID!, $after: String) { action(id: $id) {
          adoptions(first: 4, after: $after) { totalCount edges { node { startedOn } } pageInfo { hasNextPage endCursor } }
        } }`,
        { id: actionId('gemeinschaftsverpflegung'), after },
      );
    const expected = seeded('gemeinschaftsverpflegung').adoptions.map((adoption) => adoption.startedOn);
    const started: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages += 1) {
      const adoptions: Adoptions['action']['adoptions'] | undefined = (await page(after)).body.data?.action.adoptions;
      expect(adoptions?.totalCount).toBe(expected.length);
      expect(adoptions?.edges.length).toBe(Math.min(4, expected.length - started.length));
      started.push(...(adoptions?.edges ?? []).map((edge) => edge.node.startedOn));
      if (!adoptions?.pageInfo.hasNextPage) break;
      expect(pages).toBeLessThan(expected.length);
      after = adoptions.pageInfo.endCursor;
    }
    expect(started).toEqual([...expected].sort().reverse());
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const response = await query('query($id: UUID!) { action(id: $id) { title } }', {
      id: '00000000-0000-4000-8000-00000000dead',
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('who sees unpublished actions', () => {
  const byId = 'query($id: UUID!) { action(id: $id) { title status } }';
  const draft = actionId('wissensboerse');

  it('hides a draft from anonymous callers, partners and other regions’ teams', async () => {
    const partner = await tokenFor(platform.jwtSecret, ['partner']);
    for (const token of [undefined, partner, grazTeam]) {
      const response = await query(byId, { id: draft }, { token });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.body.data?.action ?? null).toBeNull();
    }
  });

  it('shows a draft to staff and to the team of its origin region', async () => {
    for (const token of [staff, waldviertelTeam]) {
      const response = await query<{ action: { status: string } }>(byId, { id: draft }, { token });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.action.status).toBe('DRAFT');
      expect(response.headers.get('cache-control')).not.toContain('public');
    }
  });

  it('lists drafts and actions in review only for those who may see them', async () => {
    const filter = { statuses: ['DRAFT', 'IN_REVIEW'] };
    expect((await list({ filter })).totalCount).toBe(0);
    expect(titles(await list({ filter }, staff)).sort()).toEqual(
      [
        'Kooperation von Märkten und Tafeln gegen Lebensmittelverschwendung',
        'Wissensbörse für Handwerk und Landwirtschaft',
      ].sort(),
    );
    expect(titles(await list({ filter }, waldviertelTeam))).toEqual(['Wissensbörse für Handwerk und Landwirtschaft']);
    expect(titles(await list({ filter }, grazTeam))).toEqual([
      'Kooperation von Märkten und Tafeln gegen Lebensmittelverschwendung',
    ]);
  });

  it('hides a draft behind an entity reference sent to the subgraph directly', async () => {
    const response = await platform.subgraphClient('action-pool')<{ _entities: ({ title: string } | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { title } } }',
      {
        r: [
          { __typename: 'Action', id: draft },
          { __typename: 'Action', id: actionId('solawi') },
        ],
      },
    );
    expect(response.body.data?._entities).toEqual([null, { title: 'Solidarische Landwirtschaft gründen' }]);
  });

  it('counts only published actions among a conference’s results for the public', async () => {
    const grazConference = conferenceId(firstConferenceKey('graz'));
    const anonymous = await platform.subgraphClient('action-pool')<{ _entities: { resultingActions: unknown[] }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Conference { resultingActions { title } } } }',
      { r: [{ __typename: 'Conference', id: grazConference }] },
    );
    expect(anonymous.body.data?._entities).toEqual([{ resultingActions: [] }]);
    const team = await query<{ action: { originConference: { id: string; resultingActions: { status: string }[] } } }>(
      'query($id: UUID!) { action(id: $id) { originConference { id resultingActions { status } } } }',
      { id: actionId('lebensmittelretten') },
      { token: grazTeam },
    );
    expect(team.body.data?.action.originConference).toEqual({
      id: grazConference,
      resultingActions: [{ status: 'IN_REVIEW' }],
    });
  });

  it('shows the origin region’s actions with drafts only to its team', async () => {
    const regionActions = `query($id: UUID!) { region(id: $id) { actions { totalCount edges { node { status } } } } }`;
    const anonymous = await query<{ region: { actions: { totalCount: number } } }>(regionActions, {
      id: regionId('waldviertel'),
    });
    expect(anonymous.body.data?.region.actions.totalCount).toBe(0);
    const team = await query<{ region: { actions: { totalCount: number } } }>(
      regionActions,
      { id: regionId('waldviertel') },
      { token: waldviertelTeam },
    );
    expect(team.body.data?.region.actions.totalCount).toBe(1);
  });
});

describe('filters and sorting', () => {
  it('filters by country', async () => {
    const swiss = await list({ first: 100, filter: { countries: ['CH'] } });
    expect(titles(swiss).sort()).toEqual(
      ['Freie Lastenräder zum Ausleihen', 'Wohnen für Hilfe: Wohnpartnerschaften zwischen Generationen'].sort(),
    );
    expect(new Set(swiss.edges.map((edge) => edge.node.originCountry))).toEqual(new Set(['CH']));
    expect(errorCodes(await query(listActions, { filter: { countries: ['FR'] } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by field of action and by SDG, matching any of the given ones', async () => {
    const mobility = await list({ first: 100, filter: { fieldsOfAction: ['mobility'] } });
    expect(mobility.totalCount).toBe(publishedActions.filter((action) => fieldsOf(action).includes('mobility')).length);
    for (const edge of mobility.edges)
      expect(edge.node.fieldsOfAction.map((field) => field.slug)).toContain('mobility');

    const energy = await list({ first: 100, filter: { sdgs: [7] } });
    expect(titles(energy).sort()).toEqual(
      [
        'Bürgerenergiegenossenschaft für Dachsolaranlagen',
        'Energiesparberatung von Nachbar:innen für Nachbar:innen',
        'Nahwärmenetz in Bürgerhand',
      ].sort(),
    );
    expect((await list({ first: 100, filter: { sdgs: [7, 3] } })).totalCount).toBe(
      energy.totalCount + (await list({ first: 100, filter: { sdgs: [3] } })).totalCount,
    );
    expect(errorCodes(await query(listActions, { filter: { sdgs: [18] } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by origin region and combines criteria', async () => {
    const fromLake = await list({ filter: { originRegionIds: [regionId('bodensee-oberschwaben')] } });
    expect(titles(fromLake)).toEqual(['Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen']);
    const austrianEnergy = await list({ filter: { countries: ['AT'], fieldsOfAction: ['energy'] } });
    expect(titles(austrianEnergy)).toEqual(['Nahwärmenetz in Bürgerhand']);
  });

  it('sorts by the number of adoptions that did not end in abandonment', async () => {
    const sorted = await list({ first: 100, sort: 'MOST_ADOPTED' });
    const mostAdopted = demoActions()
      .filter((action) => action.status === 'published')
      .sort(
        (a, b) => standing(b).length - standing(a).length || (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''),
      );
    expect(titles(sorted).slice(0, 3)).toEqual(mostAdopted.slice(0, 3).map(titleOf));
    expect(titles(sorted)[0]).toBe('Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen');
    const counts = sorted.edges.map((edge) => edge.node.adoptionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts).toEqual(mostAdopted.map((action) => standing(action).length));
  });

  it('refuses RELEVANCE without a search', async () => {
    expect(errorCodes(await query(listActions, { sort: 'RELEVANCE' }))).toEqual(['BAD_USER_INPUT']);
  });
});
