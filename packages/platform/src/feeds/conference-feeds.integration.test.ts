import { conferencesSubgraph } from '@mitmach/conferences-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, type GraphqlQuery, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedEvent, parseCalendar } from './calendar-parsing.testing';

let federation: Federation;
let query: GraphqlQuery;
let staff: string;
let feedsUrl: string;
let clientAddress = 0;

/** Each request from its own client address (the gateway trusts the test's loopback proxy), so quotas stay apart. */
function nextAddress(): string {
  clientAddress += 1;
  return `198.51.${Math.floor(clientAddress / 250)}.${clientAddress % 250}`;
}

function feed(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${feedsUrl}${path}`, { headers: { 'x-forwarded-for': nextAddress(), ...headers } });
}

const read: GraphqlQuery = (document, variables, options = {}) =>
  query(document, variables, { ...options, headers: { 'x-forwarded-for': nextAddress(), ...options.headers } });

interface Region {
  id: string;
  slug: string;
  name: string;
  country: string;
  website: string | null;
}

const conferenceFields = `id title description format status timeZone updatedAt attendanceMode
  days { date startsAt endsAt }
  venue { name address { street postalCode city country } location { lat lng } }
  fieldsOfAction { slug nameDe }
  region { slug name website }`;

interface ApiConference {
  id: string;
  title: string;
  description: string | null;
  status: string;
  timeZone: string;
  updatedAt: string;
  days: { date: string; startsAt: string; endsAt: string }[];
  venue: {
    name: string;
    address: { street: string; postalCode: string; city: string; country: string };
    location: { lat: number; lng: number };
  } | null;
  fieldsOfAction: { slug: string; nameDe: string }[];
  region: { slug: string; name: string; website: string | null };
}

async function regionIn(country: string): Promise<Region> {
  const response = await read<{ regions: { edges: { node: Region }[] } }>(
    `query($country: CountryCode!) { regions(first: 1, filter: { countries: [$country] }, orderBy: NAME) {
      edges { node { id slug name country website } } } }`,
    { country },
  );
  const region = response.body.data?.regions.edges[0]?.node;
  if (!region) throw new Error(`no demo region in ${country}: ${JSON.stringify(response.body)}`);
  return region;
}

async function createConference(input: Record<string, unknown>, publish: 'open' | 'cancel' | 'draft') {
  const created = await query<{ createConference: { conference: { id: string } | null; userErrors: unknown[] } }>(
    `mutation($input: CreateConferenceInput!) { createConference(input: $input) { conference { id } userErrors { message } } }`,
    { input },
    { token: staff },
  );
  const id = created.body.data?.createConference.conference?.id;
  if (!id) throw new Error(`createConference: ${JSON.stringify(created.body)}`);
  const change = (status: string) =>
    query(
      `mutation($input: ChangeConferenceStatusInput!) { changeConferenceStatus(input: $input) { userErrors { message } } }`,
      { input: { conferenceId: id, status } },
      { token: staff },
    );
  if (publish !== 'draft') await change('OPEN_FOR_REGISTRATION');
  if (publish === 'cancel') await change('CANCELLED');
  return id;
}

async function apiConference(id: string): Promise<ApiConference> {
  const response = await read<{ conference: ApiConference }>(
    `query($id: UUID!) { conference(id: $id) { ${conferenceFields} } }`,
    { id },
  );
  if (!response.body.data?.conference) throw new Error(JSON.stringify(response.body));
  return response.body.data.conference;
}

function venue(region: Region, city: string, postalCode: string, lat: number, lng: number) {
  return {
    name: `Kulturhaus ${city}`,
    street: 'Hauptplatz 1',
    postalCode,
    city,
    country: region.country,
    location: { lat, lng },
  };
}

// Dates of the coming year, so that summer is daylight saving time (UTC+2) and January is not (UTC+1) everywhere.
const year = new Date().getUTCFullYear() + 1;
let austria: Region;
let switzerland: Region;
let southTyrol: Region;
let germany: Region;
const ids = { twoDays: '', zurich: '', cancelled: '', draft: '', online: '' };

beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, conferencesSubgraph],
    gateway: {
      quotas: { anonymousPerMinute: 5, authenticatedPerMinute: 1_000, redis: null },
      trustedProxies: ['127.0.0.1'],
    },
  });
  feedsUrl = federation.gatewayUrl.replace(/\/graphql$/, '');
  query = graphqlClient(federation.gatewayUrl);
  staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000009001' });
  [austria, switzerland, southTyrol, germany] = (await Promise.all(['AT', 'CH', 'IT', 'DE'].map(regionIn))) as [
    Region,
    Region,
    Region,
    Region,
  ];
  const base = {
    format: 'MITMACH_KONFERENZ',
    attendanceMode: 'IN_PERSON',
    capacity: 80,
    description: 'Impulse, Thementische und Workshops.',
  };
  ids.twoDays = await createConference(
    {
      ...base,
      regionId: austria.id,
      country: 'AT',
      title: `Mitmach-Konferenz ${austria.name} ${year}`,
      days: [
        { startsAt: `${year}-07-15T09:30:00+02:00`, endsAt: `${year}-07-15T18:00:00+02:00` },
        { startsAt: `${year}-07-16T10:00:00+02:00`, endsAt: `${year}-07-16T16:00:00+02:00` },
      ],
      venue: venue(austria, 'Wels', '4600', 48.16, 14.03),
      fieldsOfAction: ['mobility', 'energy'],
    },
    'open',
  );
  ids.zurich = await createConference(
    {
      ...base,
      format: 'MITMACH_WERKSTATT',
      regionId: switzerland.id,
      country: 'CH',
      title: `Mitmach-Werkstatt ${switzerland.name} ${year}`,
      days: [{ startsAt: `${year}-01-20T13:00:00+01:00`, endsAt: `${year}-01-20T19:00:00+01:00` }],
      venue: venue(switzerland, 'Frauenfeld', '8500', 47.56, 8.9),
      fieldsOfAction: ['economy'],
    },
    'open',
  );
  ids.cancelled = await createConference(
    {
      ...base,
      regionId: southTyrol.id,
      country: 'IT',
      title: `Mitmach-Konferenz ${southTyrol.name} ${year}`,
      days: [{ startsAt: `${year}-09-10T09:00:00+02:00`, endsAt: `${year}-09-10T17:00:00+02:00` }],
      venue: venue(southTyrol, 'Bruneck', '39031', 46.8, 11.94),
      fieldsOfAction: ['agriculture-food'],
    },
    'cancel',
  );
  ids.draft = await createConference(
    {
      ...base,
      regionId: germany.id,
      country: 'DE',
      title: 'Entwurf, der in keinem Kalender stehen darf',
      days: [{ startsAt: `${year}-05-05T09:00:00+02:00`, endsAt: `${year}-05-05T17:00:00+02:00` }],
      venue: venue(germany, 'Kassel', '34117', 51.31, 9.49),
      fieldsOfAction: ['mobility'],
    },
    'draft',
  );
  ids.online = await createConference(
    {
      ...base,
      attendanceMode: 'ONLINE',
      regionId: germany.id,
      country: 'DE',
      title: `Online-Werkstatt ${germany.name} ${year}`,
      days: [{ startsAt: `${year}-02-03T18:00:00+01:00`, endsAt: `${year}-02-03T20:00:00+01:00` }],
      fieldsOfAction: ['building-housing'],
    },
    'open',
  );
});
afterAll(() => federation?.stop());

async function calendarOf(path: string) {
  const response = await feed(path);
  expect(response.status, await response.clone().text()).toBe(200);
  return { response, calendar: parseCalendar(await response.text()) };
}

function eventsOf(events: ParsedEvent[], conferenceId: string): ParsedEvent[] {
  return events.filter((event) => event.uid.startsWith(`conference-${conferenceId}-`));
}

/** Every field of every entry of a conference, against what the API says of it. */
function expectEntries(events: ParsedEvent[], conference: ApiConference, cancelled = false) {
  expect(events).toHaveLength(conference.days.length);
  const lastModified = new Date(Math.floor(Date.parse(conference.updatedAt) / 1000) * 1000);
  conference.days.forEach((day, index) => {
    const event = events[index] as ParsedEvent;
    const title =
      conference.days.length > 1
        ? `${conference.title} (Tag ${index + 1}/${conference.days.length})`
        : conference.title;
    expect(event.uid).toBe(`conference-${conference.id}-${day.date}@mitmach-regionen`);
    expect(event.summary).toBe(cancelled ? `Abgesagt: ${title}` : title);
    expect(event.status).toBe(cancelled ? 'CANCELLED' : 'CONFIRMED');
    expect(event.timeZone).toBe(conference.timeZone);
    expect(event.start.toISOString()).toBe(new Date(day.startsAt).toISOString());
    expect(event.end.toISOString()).toBe(new Date(day.endsAt).toISOString());
    expect(event.description).toContain(`der Mitmach-Region ${conference.region.name}`);
    expect(event.description).toContain(conference.description ?? '');
    expect(event.stamp.toISOString()).toBe(lastModified.toISOString());
    expect(event.lastModified.toISOString()).toBe(lastModified.toISOString());
    expect(event.categories).toEqual(expect.arrayContaining(conference.fieldsOfAction.map((field) => field.nameDe)));
    expect(event.url).toBe(conference.region.website);
    if (conference.venue) {
      const { name, address, location } = conference.venue;
      expect(event.location.split('\n')).toEqual([
        name,
        `${address.street}, ${address.postalCode} ${address.city}, ${event.location.split(', ').at(-1)}`,
      ]);
      expect(event.geo).toEqual([location.lat, location.lng]);
    } else {
      expect(event.location).toBe('Online');
      expect(event.geo).toBeNull();
    }
  });
}

describe('GET /feeds/conferences.ics', () => {
  it('lists every upcoming published conference, a day per entry at its venue’s local time, cancelled ones marked', async () => {
    const { response, calendar } = await calendarOf('/feeds/conferences.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(calendar).toMatchObject({
      name: 'Mitmach-Konferenzen',
      version: '2.0',
      productId: '-//Mitmach-Regionen//Feeds//DE',
      refreshInterval: 'PT1H',
    });
    expect(calendar.timeZones).toEqual(
      expect.arrayContaining(['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Rome']),
    );

    const twoDays = eventsOf(calendar.events, ids.twoDays);
    expectEntries(twoDays, await apiConference(ids.twoDays));
    // The local times a calendar shows in Austria in summer, not the UTC ones.
    expect(twoDays.map((event) => [event.localStart, event.localEnd])).toEqual([
      [`${year}-07-15T09:30:00`, `${year}-07-15T18:00:00`],
      [`${year}-07-16T10:00:00`, `${year}-07-16T16:00:00`],
    ]);
    const zurich = eventsOf(calendar.events, ids.zurich);
    expectEntries(zurich, await apiConference(ids.zurich));
    expect(zurich[0]?.localStart).toBe(`${year}-01-20T13:00:00`);
    expectEntries(eventsOf(calendar.events, ids.cancelled), await apiConference(ids.cancelled), true);
    expect(eventsOf(calendar.events, ids.cancelled)[0]).toMatchObject({
      timeZone: 'Europe/Rome',
      localStart: `${year}-09-10T09:00:00`,
    });
    expectEntries(eventsOf(calendar.events, ids.online), await apiConference(ids.online));
    expect(eventsOf(calendar.events, ids.draft)).toEqual([]);

    // The same entries as the public API lists, no more.
    const listed = await read<{ upcomingConferences: { totalCount: number } }>(
      '{ upcomingConferences(first: 1, filter: { includeCancelled: true }) { totalCount } }',
    );
    const uids = new Set(calendar.events.map((event) => event.uid.replace(/-\d{4}-\d{2}-\d{2}@.*$/, '')));
    expect(uids.size).toBe(listed.body.data?.upcomingConferences.totalCount);
    expect(new Set(calendar.events.map((event) => event.uid)).size).toBe(calendar.events.length);
  });

  it('filters by country, region and field of action', async () => {
    const austrian = (await calendarOf('/feeds/conferences.ics?country=AT')).calendar;
    expect(austrian.name).toBe('Mitmach-Konferenzen: Österreich');
    expect(austrian.events.length).toBeGreaterThanOrEqual(2);
    expect(new Set(austrian.events.map((event) => event.timeZone))).toEqual(new Set(['Europe/Vienna']));
    expect(eventsOf(austrian.events, ids.twoDays)).toHaveLength(2);

    const two = (await calendarOf('/feeds/conferences.ics?country=ch,IT')).calendar;
    expect(new Set(two.events.map((event) => event.timeZone))).toEqual(new Set(['Europe/Zurich', 'Europe/Rome']));

    const region = (await calendarOf(`/feeds/conferences.ics?region=${austria.slug}`)).calendar;
    expect(region.events.every((event) => event.description.includes(austria.name))).toBe(true);
    expect(eventsOf(region.events, ids.twoDays)).toHaveLength(2);

    const mobility = (await calendarOf('/feeds/conferences.ics?fieldOfAction=mobility&country=AT')).calendar;
    expect(eventsOf(mobility.events, ids.twoDays)).toHaveLength(2);
    const economy = (await calendarOf('/feeds/conferences.ics?fieldOfAction=economy&country=AT')).calendar;
    expect(eventsOf(economy.events, ids.twoDays)).toHaveLength(0);
  });

  it('refuses what it cannot filter by with a 400 that says what is wrong', async () => {
    const refusals: [string, string][] = [
      ['?country=FR', '"country" takes DE, AT, CH, IT (IT for South Tyrol); not "FR".'],
      ['?country=', '"country" has an empty value.'],
      [
        '?region=Not_A_Slug',
        '"region" takes slugs such as energy or chiemgau (lowercase letters, digits, hyphens); not "Not_A_Slug".',
      ],
      ['?region=no-such-region', 'There is no region with the slug no-such-region.'],
      ['?fieldOfAction=weather', 'Unknown field of action weather; the fields are'],
      ['?land=AT', 'Unknown parameter "land"; this feed takes country, region, fieldOfAction.'],
      [`?country=${Array(21).fill('AT').join(',')}`, '"country" takes at most 20 values, got 21.'],
      [`?region=${'a'.repeat(5000)}`, '"region" takes slugs such as'],
    ];
    for (const [search, message] of refusals) {
      const response = await feed(`/feeds/conferences.ics${search}`);
      expect(response.status, search).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.message, search).toContain(message);
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers 304 to a client that holds the current version, and a new ETag once a conference changes', async () => {
    const first = await feed('/feeds/conferences.ics?country=AT');
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const austrian = await apiConference(ids.twoDays);
    expect(new Date(lastModified).getTime()).toBeGreaterThanOrEqual(
      Math.floor(Date.parse(austrian.updatedAt) / 1000) * 1000,
    );
    const again = await feed('/feeds/conferences.ics?country=AT');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(await first.text());

    const unchanged = await feed('/feeds/conferences.ics?country=AT', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    const notModified = await feed('/feeds/conferences.ics?country=AT', { 'if-modified-since': lastModified });
    expect(notModified.status).toBe(304);

    const renamed = await query(
      'mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { userErrors { message } } }',
      { input: { conferenceId: ids.twoDays, title: `Mitmach-Konferenz ${austria.name} ${year} (neuer Ort)` } },
      { token: staff },
    );
    expect(renamed.body.errors).toBeUndefined();
    const changed = await feed('/feeds/conferences.ics?country=AT', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const entries = eventsOf(parseCalendar(await changed.text()).events, ids.twoDays);
    expect(entries[0]?.summary).toBe(`Mitmach-Konferenz ${austria.name} ${year} (neuer Ort) (Tag 1/2)`);
    // The same UIDs: a calendar updates the entries instead of adding new ones.
    expect(entries.map((entry) => entry.uid)).toEqual(
      [`${year}-07-15`, `${year}-07-16`].map((date) => `conference-${ids.twoDays}-${date}@mitmach-regionen`),
    );
  });

  it('counts against the quota of the client address like any request, up to 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${feedsUrl}/feeds/conferences.ics?country=CH`, {
        headers: { 'x-forwarded-for': '203.0.113.77' },
      });
      statuses.push(response.status);
      if (i === 0) expect(response.headers.get('ratelimit-limit')).toBe('5');
      if (response.status === 429) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('GET /feeds/regions/{slug}/conferences.ics', () => {
  it("lists the region's upcoming conferences", async () => {
    const { response, calendar } = await calendarOf(`/feeds/regions/${southTyrol.slug}/conferences.ics`);
    expect(calendar.name).toBe(`Mitmach-Konferenzen: ${southTyrol.name}`);
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="mitmach-konferenzen-${southTyrol.slug}.ics"`,
    );
    expectEntries(eventsOf(calendar.events, ids.cancelled), await apiConference(ids.cancelled), true);
    expect(calendar.events.every((event) => event.timeZone === 'Europe/Rome')).toBe(true);
  });

  it('answers 404 for an unknown region, 400 for a malformed slug or any parameter', async () => {
    const unknown = await feed('/feeds/regions/no-such-region/conferences.ics');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'There is no region with the slug no-such-region.',
    );
    expect((await feed('/feeds/regions/Bad%20Slug/conferences.ics')).status).toBe(400);
    const withParameter = await feed(`/feeds/regions/${austria.slug}/conferences.ics?country=AT`);
    expect(withParameter.status).toBe(400);
  });
});
