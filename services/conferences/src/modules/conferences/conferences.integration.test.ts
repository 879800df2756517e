import { conferenceId, demoConferences, firstConferenceKey, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { clients, conferenceInput, dateFromToday, germanDay } from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const created: Record<string, string> = {};

interface ConferenceNode {
  id: string;
  country: string;
  status: string;
  startsAt: string;
  endsAt: string;
  region: { id: string };
  fieldsOfAction: { slug: string }[];
  agenda: { fieldOfAction: { slug: string } | null }[];
}

const upcomingQuery = `query($filter: UpcomingConferenceFilter, $first: Int) {
  upcomingConferences(first: $first, filter: $filter) {
    totalCount
    edges { node { id country status startsAt endsAt region { id } fieldsOfAction { slug } agenda { fieldOfAction { slug } } } }
  }
}`;

async function upcoming(filter: Record<string, unknown> | null, token?: string) {
  const response = await api.query<{ upcomingConferences: { totalCount: number; edges: { node: ConferenceNode }[] } }>(
    upcomingQuery,
    { filter, first: 100 },
    token ? { token } : {},
  );
  expect(response.body.errors).toBeUndefined();
  return { response, nodes: response.body.data?.upcomingConferences.edges.map((edge) => edge.node) ?? [] };
}

/** The seeded conferences of a region that have ended, latest first, as Region.conferences lists past ones. */
const seededPast = (regionSlug: string) =>
  demoConferences()
    .filter((conference) => conference.regionSlug === regionSlug)
    .filter((conference) => Date.parse(`${conference.days.at(-1)?.date}T23:59:59Z`) < Date.now())
    .sort((a, b) => (b.days[0]?.date ?? '').localeCompare(a.days[0]?.date ?? ''));

const auDay = (date: string) => ({ startsAt: `${date}T09:00:00+01:00`, endsAt: `${date}T17:00:00+01:00` });

const { platform } = await startForFile(startConferences);
const api = clients(platform);
const staff = await api.staffToken();
const venueIn = (country: string, postalCode: string) => ({
  name: 'Gemeindesaal',
  street: 'Hauptplatz 1',
  postalCode,
  city: 'Testort',
  country,
  location: { lat: 47.5, lng: 11.5 },
});
const future = dateFromToday(45);
created.german = await api.openConference(regionId('wurzen'), { fieldsOfAction: ['social-cohesion'] });
created.austrian = await api.openConference(regionId('graz'), {
  country: 'AT',
  days: [auDay(future)],
  venue: venueIn('AT', '8010'),
  fieldsOfAction: ['energy'],
});
created.swiss = await api.openConference(regionId('bern'), {
  country: 'CH',
  days: [auDay(future)],
  venue: venueIn('CH', '3011'),
  fieldsOfAction: ['mobility'],
});
// The Swiss conference is about agriculture only through one of its sessions.
const session = await api.query(
  `mutation($input: AddConferenceSessionInput!) { addSession(input: $input) { userErrors { code } } }`,
  {
    input: {
      conferenceId: created.swiss,
      kind: 'THEME_TABLE',
      title: 'Thementisch Landwirtschaft',
      startsAt: `${future}T10:00:00+01:00`,
      endsAt: `${future}T11:00:00+01:00`,
      fieldOfAction: 'agriculture-food',
    },
  },
  { token: staff },
);
expect(session.body.data).toEqual({ addSession: { userErrors: [] } });
created.italian = await api.openConference(regionId('bozen'), {
  country: 'IT',
  days: [auDay(future)],
  venue: venueIn('IT', '39100'),
  fieldsOfAction: ['agriculture-food'],
});
created.draft = await api.createConference(staff, conferenceInput(regionId('wurzen')));
created.cancelled = await api.openConference(regionId('wurzen'), { days: [germanDay(dateFromToday(61))] });
await api.changeStatus(staff, created.cancelled, 'CANCELLED');
created.past = await api.openConference(regionId('wurzen'), { days: [germanDay(dateFromToday(-10))] });

describe('upcomingConferences', () => {
  it('lists published conferences that have not ended, soonest first, cacheable for everyone', async () => {
    const { response, nodes } = await upcoming(null);
    const ids = nodes.map((node) => node.id);
    for (const key of ['german', 'austrian', 'swiss', 'italian']) expect(ids).toContain(created[key]);
    for (const key of ['draft', 'cancelled', 'past']) expect(ids).not.toContain(created[key]);
    expect(ids).not.toContain(conferenceId('koeln-ehrenfeld:miko-2027'));
    const now = Date.now();
    for (const node of nodes) {
      expect(Date.parse(node.endsAt)).toBeGreaterThan(now);
      expect(['DRAFT', 'CANCELLED']).not.toContain(node.status);
    }
    const starts = nodes.map((node) => Date.parse(node.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('filters by country', async () => {
    const { nodes } = await upcoming({ countries: ['AT', 'IT'] });
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining([created.austrian, created.italian]));
    expect(new Set(nodes.map((node) => node.country))).toEqual(new Set(['AT', 'IT']));
  });

  it('filters by region', async () => {
    const wanted = [regionId('wurzen'), regionId('bern')];
    const { nodes } = await upcoming({ regionIds: wanted });
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining([created.german, created.swiss]));
    for (const node of nodes) expect(wanted).toContain(node.region.id);
    expect(nodes.map((node) => node.id)).not.toContain(created.austrian);
  });

  it('filters by field of action of the conference or of one of its sessions', async () => {
    const { nodes } = await upcoming({ fieldsOfAction: ['agriculture-food'] });
    const ids = nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining([created.swiss, created.italian]));
    expect(ids).not.toContain(created.austrian);
    expect(ids).not.toContain(created.german);
    for (const node of nodes) {
      const slugs = [
        ...node.fieldsOfAction.map((field) => field.slug),
        ...node.agenda.flatMap((session) => (session.fieldOfAction ? [session.fieldOfAction.slug] : [])),
      ];
      expect(slugs).toContain('agriculture-food');
    }
    const combined = await upcoming({ fieldsOfAction: ['agriculture-food'], countries: ['CH'] });
    expect(combined.nodes.map((node) => node.country)).not.toContain('IT');
    expect(combined.nodes.map((node) => node.id)).toContain(created.swiss);
  });

  it('refuses malformed filters and oversized pages with BAD_USER_INPUT', async () => {
    const badSlug = await api.query(upcomingQuery, { filter: { fieldsOfAction: ['Energie!'] }, first: 10 });
    expect(errorCodes(badSlug)).toEqual(['BAD_USER_INPUT']);
    const badCountry = await api.query(upcomingQuery, { filter: { countries: ['FR'] }, first: 10 });
    expect(errorCodes(badCountry)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await api.query(upcomingQuery, { filter: null, first: 101 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const all = (await upcoming(null)).nodes.map((node) => node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<
        ReturnType<
          typeof api.query<{
            upcomingConferences: {
              edges: { node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          }>
        >
      > = await api.query(
        'query($after: String) { upcomingConferences(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const connection = page.body.data?.upcomingConferences;
      seen.push(...(connection?.edges.map((edge) => edge.node.id) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe('conference and conferences', () => {
  const detail = `query($id: UUID!) {
    conference(id: $id) {
      title status format timeZone attendanceMode country capacity
      region { id }
      days { date startsAt endsAt }
      venue { name address { street postalCode city country } location { lat lng } }
      statusHistory { from to }
      allowedNextStatuses
    }
  }`;

  it('shows a seeded conference with its days, venue and history', async () => {
    const response = await api.query<{
      conference: {
        title: string;
        status: string;
        timeZone: string;
        days: { date: string; startsAt: string }[];
        venue: { address: { city: string; postalCode: string } };
        statusHistory: { to: string }[];
        allowedNextStatuses: string[];
        region: { id: string };
      };
    }>(detail, { id: conferenceId(firstConferenceKey('chiemgau')) });
    const conference = response.body.data?.conference;
    expect(conference).toMatchObject({
      title: '1. Mitmach-Konferenz Chiemgau',
      status: 'DOCUMENTED',
      timeZone: 'Europe/Berlin',
      region: { id: regionId('chiemgau') },
      venue: { address: { city: 'Traunstein', postalCode: '83278' } },
      allowedNextStatuses: [],
    });
    expect(conference?.days).toEqual([
      { date: '2018-11-10', startsAt: '2018-11-10T08:30:00.000Z', endsAt: '2018-11-10T16:30:00.000Z' },
    ]);
    expect(conference?.statusHistory.map((change) => change.to)).toEqual([
      'DRAFT',
      'OPEN_FOR_REGISTRATION',
      'REGISTRATION_CLOSED',
      'HELD',
      'DOCUMENTED',
    ]);
  });

  it('hides drafts from the public as NOT_FOUND but shows them to the region\u2019s team and staff', async () => {
    const anonymous = await api.query(detail, { id: created.draft });
    expect(errorCodes(anonymous)).toEqual(['NOT_FOUND']);
    const partner = await api.query(
      detail,
      { id: created.draft },
      { token: await tokenFor(platform.jwtSecret, ['partner']) },
    );
    expect(errorCodes(partner)).toEqual(['NOT_FOUND']);
    const otherTeam = await api.query(
      detail,
      { id: created.draft },
      { token: await api.teamToken(regionId('lindau')) },
    );
    expect(errorCodes(otherTeam)).toEqual(['NOT_FOUND']);
    for (const token of [await api.teamToken(regionId('wurzen')), staff]) {
      const response = await api.query<{ conference: { status: string } }>(detail, { id: created.draft }, { token });
      expect(response.body.data?.conference.status).toBe('DRAFT');
    }
  });

  it('answers an unknown id with NOT_FOUND and a malformed one with a UUID error', async () => {
    expect(errorCodes(await api.query(detail, { id: '4d1f1d36-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    const malformed = await api.query('{ conference(id: "42") { title } }');
    expect(malformed.body.errors?.[0]?.message).toMatch(/UUID/);
  });

  it('lists every conference including drafts for staff only', async () => {
    const list = `query($filter: ConferenceFilter) { conferences(first: 100, filter: $filter) { totalCount edges { node { id status } } } }`;
    const drafts = await api.query<{ conferences: { edges: { node: { id: string; status: string } }[] } }>(
      list,
      { filter: { statuses: ['DRAFT'] } },
      { token: staff },
    );
    const nodes = drafts.body.data?.conferences.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => node.id)).toContain(created.draft);
    expect(nodes.map((node) => node.id)).toContain(conferenceId('koeln-ehrenfeld:miko-2027'));
    expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(['DRAFT']));
    const past = await api.query<{ conferences: { totalCount: number } }>(
      list,
      { filter: { timing: 'PAST', regionIds: [regionId('chiemgau')] } },
      { token: staff },
    );
    expect(past.body.data?.conferences.totalCount).toBe(seededPast('chiemgau').length);
    for (const token of [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await api.teamToken(regionId('wurzen')),
      await api.memberToken(regionId('wurzen')),
    ]) {
      expect(errorCodes(await api.query(list, {}, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('Region.conferences', () => {
  const regionConferences = `query($id: UUID!, $filter: RegionConferenceFilter) {
    region(id: $id) { name conferences(first: 20, filter: $filter) { totalCount edges { node { id status format days { date } } } } }
  }`;

  it('lists a region\u2019s upcoming conferences soonest first, then past ones latest first', async () => {
    const response = await api.query<{
      region: {
        name: string;
        conferences: { edges: { node: { id: string; status: string; days: { date: string }[] } }[] };
      };
    }>(regionConferences, { id: regionId('wurzen') });
    expect(response.body.errors).toBeUndefined();
    const ids = response.body.data?.region.conferences.edges.map((edge) => edge.node.id) ?? [];
    expect(response.body.data?.region.name).toBe('Wurzen');
    expect(ids).toEqual([
      created.german,
      created.cancelled,
      created.past,
      ...seededPast('wurzen').map((conference) => conferenceId(conference.key)),
    ]);
  });

  it('filters upcoming and past and by status, and shows drafts to the region\u2019s team only', async () => {
    const upcomingOnly = await api.query<{ region: { conferences: { edges: { node: { id: string } }[] } } }>(
      regionConferences,
      { id: regionId('wurzen'), filter: { timing: 'UPCOMING', statuses: ['OPEN_FOR_REGISTRATION'] } },
    );
    expect(upcomingOnly.body.data?.region.conferences.edges.map((edge) => edge.node.id)).toEqual([created.german]);
    const past = await api.query<{ region: { conferences: { edges: { node: { days: { date: string }[] } }[] } } }>(
      regionConferences,
      { id: regionId('chiemgau'), filter: { timing: 'PAST' } },
    );
    expect(past.body.data?.region.conferences.edges.map((edge) => edge.node.days[0]?.date)).toEqual(
      seededPast('chiemgau').map((conference) => conference.days[0]?.date),
    );
    const team = await api.query<{ region: { conferences: { edges: { node: { id: string } }[] } } }>(
      regionConferences,
      { id: regionId('wurzen'), filter: { statuses: ['DRAFT'] } },
      { token: await api.teamToken(regionId('wurzen')) },
    );
    expect(team.body.data?.region.conferences.edges.map((edge) => edge.node.id)).toEqual([created.draft]);
  });
});
