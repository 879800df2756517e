import { conferencesSubgraph } from '@mitmach/conferences-service';
import { demoPeople, personId } from '@mitmach/demo-network';
import { learningSubgraph } from '@mitmach/learning-service';
import { peopleSubgraph } from '@mitmach/people-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, type GraphqlQuery, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedEvent, parseCalendar } from './calendar-parsing.testing';

let federation: Federation;
let query: GraphqlQuery;
let baseUrl: string;
let staff: string;
let member: string;
let clientAddress = 0;

// Two people of the demo network: the member whose feed this is, and someone who takes the last place before them.
const [memberPerson, otherPerson] = demoPeople()
  .slice(-2)
  .map((person) => personId(person.key));
if (!memberPerson || !otherPerson) throw new Error('the demo network has fewer than two people');

/** Each request from its own client address (the gateway trusts the test's loopback proxy), so quotas stay apart. */
function nextAddress(): string {
  clientAddress += 1;
  return `203.0.${Math.floor(clientAddress / 250)}.${clientAddress % 250}`;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { headers: { 'x-forwarded-for': nextAddress(), ...headers } });
}

async function run<Data>(document: string, variables: Record<string, unknown>, token: string): Promise<Data> {
  const response = await query<Data>(document, variables, { token, headers: { 'x-forwarded-for': nextAddress() } });
  if (response.body.errors || !response.body.data) throw new Error(JSON.stringify(response.body));
  const payload = Object.values(response.body.data as object)[0] as { userErrors?: unknown[] };
  if (payload?.userErrors && payload.userErrors.length > 0) throw new Error(JSON.stringify(payload.userErrors));
  return response.body.data;
}

const year = new Date().getUTCFullYear() + 1;
const ids = { twoDays: '', waitlisted: '', cancelled: '', withdrawn: '', notRegistered: '', meeting: '', other: '' };
let regionId = '';
/** The exchange meetings of the member's programme, the demo network's among them, as the API lists them. */
let programMeetings: { id: string; startsAt: string }[] = [];

async function conference(title: string, days: { startsAt: string; endsAt: string }[], capacity = 50) {
  const { createConference } = await run<{ createConference: { conference: { id: string } } }>(
    'mutation($input: CreateConferenceInput!) { createConference(input: $input) { conference { id } userErrors { message } } }',
    {
      input: {
        regionId,
        country: 'AT',
        title,
        format: 'MITMACH_KONFERENZ',
        attendanceMode: 'IN_PERSON',
        capacity,
        days,
        venue: {
          name: 'Stadthalle Wels',
          street: 'Rainerstraße 2',
          postalCode: '4600',
          city: 'Wels',
          country: 'AT',
          location: { lat: 48.16, lng: 14.03 },
        },
        fieldsOfAction: ['energy'],
      },
    },
    staff,
  );
  await setStatus(createConference.conference.id, 'OPEN_FOR_REGISTRATION');
  return createConference.conference.id;
}

function setStatus(conferenceId: string, status: string) {
  return run(
    'mutation($input: ChangeConferenceStatusInput!) { changeConferenceStatus(input: $input) { userErrors { message } } }',
    { input: { conferenceId, status } },
    staff,
  );
}

async function register(conferenceId: string, token: string, person?: string): Promise<string> {
  const { register } = await run<{ register: { registration: { id: string } } }>(
    'mutation($input: RegisterForConferenceInput!) { register(input: $input) { registration { id } userErrors { message } } }',
    { input: { conferenceId, sector: 'CIVIL_SOCIETY', ...(person ? { personId: person } : {}) } },
    token,
  );
  return register.registration.id;
}

async function meeting(programId: string, topic: string, startsAt: string) {
  const { createExchangeMeeting } = await run<{ createExchangeMeeting: { meeting: { id: string } } }>(
    'mutation($input: CreateExchangeMeetingInput!) { createExchangeMeeting(input: $input) { meeting { id } userErrors { message } } }',
    {
      input: {
        programId,
        topic,
        description: 'Erfahrungen austauschen und Fragen an die Expertin stellen.',
        startsAt,
        durationMinutes: 90,
        experts: [{ name: 'Dr. Maria Huber' }],
        joinUrl: 'https://meet.example/mitmach-austausch',
      },
    },
    staff,
  );
  return createExchangeMeeting.meeting.id;
}

async function resetFeed(): Promise<string> {
  const { resetCalendarFeedUrl } = await run<{ resetCalendarFeedUrl: { calendarFeed: { path: string } } }>(
    'mutation($input: ResetCalendarFeedUrlInput!) { resetCalendarFeedUrl(input: $input) { calendarFeed { path } userErrors { message } } }',
    { input: { personId: memberPerson } },
    member,
  );
  return resetCalendarFeedUrl.calendarFeed.path;
}

// Four seeded subgraphs and some twenty writes before the first test: more than the usual start-up allows.
beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, peopleSubgraph, conferencesSubgraph, learningSubgraph],
    gateway: {
      quotas: { anonymousPerMinute: 20, authenticatedPerMinute: 1_000, redis: null },
      trustedProxies: ['127.0.0.1'],
    },
  });
  baseUrl = federation.gatewayUrl.replace(/\/graphql$/, '');
  query = graphqlClient(federation.gatewayUrl);
  staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000009003' });
  member = await tokenFor(federation.jwtSecret, ['member'], { personId: memberPerson });
  const { regions } = await run<{ regions: { edges: { node: { id: string } }[] } }>(
    '{ regions(first: 1, filter: { countries: [AT] }) { edges { node { id } } } }',
    {},
    staff,
  );
  regionId = regions.edges[0]?.node.id ?? '';

  ids.twoDays = await conference(`Mitmach-Konferenz Wels ${year}`, [
    { startsAt: `${year}-07-15T09:30:00+02:00`, endsAt: `${year}-07-15T18:00:00+02:00` },
    { startsAt: `${year}-07-16T10:00:00+02:00`, endsAt: `${year}-07-16T16:00:00+02:00` },
  ]);
  ids.waitlisted = await conference(
    `Mitmach-Werkstatt Steyr ${year}`,
    [{ startsAt: `${year}-01-20T13:00:00+01:00`, endsAt: `${year}-01-20T19:00:00+01:00` }],
    1,
  );
  ids.cancelled = await conference(`Erfolgs-Workshop Linz ${year}`, [
    { startsAt: `${year}-09-10T09:00:00+02:00`, endsAt: `${year}-09-10T17:00:00+02:00` },
  ]);
  ids.withdrawn = await conference(`Mitmach-Konferenz Enns ${year}`, [
    { startsAt: `${year}-10-01T09:00:00+02:00`, endsAt: `${year}-10-01T17:00:00+02:00` },
  ]);
  ids.notRegistered = await conference(`Mitmach-Konferenz Gmunden ${year}`, [
    { startsAt: `${year}-11-05T09:00:00+01:00`, endsAt: `${year}-11-05T17:00:00+01:00` },
  ]);
  await register(ids.twoDays, member);
  await register(ids.waitlisted, staff, otherPerson);
  await register(ids.waitlisted, member);
  await register(ids.cancelled, member);
  await setStatus(ids.cancelled, 'CANCELLED');
  const withdrawn = await register(ids.withdrawn, member);
  await run(
    'mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { userErrors { message } } }',
    { input: { registrationId: withdrawn } },
    member,
  );

  const { programs } = await run<{ programs: { edges: { node: { id: string } }[] } }>(
    '{ programs(first: 2) { edges { node { id } } } }',
    {},
    staff,
  );
  const [enrolled, notEnrolled] = programs.edges.map((edge) => edge.node.id);
  if (!enrolled || !notEnrolled) throw new Error('the demo network has fewer than two programmes');
  await run(
    'mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { id } userErrors { message } } }',
    { input: { programId: enrolled } },
    member,
  );
  ids.meeting = await meeting(enrolled, 'Pressearbeit für Regionalteams', `${year}-03-10T18:00:00+01:00`);
  ids.other = await meeting(notEnrolled, 'Nicht für dieses Mitglied', `${year}-03-11T18:00:00+01:00`);
  const { exchangeMeetings } = await run<{ exchangeMeetings: { edges: { node: { id: string; startsAt: string } }[] } }>(
    'query($ids: [UUID!]) { exchangeMeetings(first: 100, filter: { programIds: $ids }) { edges { node { id startsAt } } } }',
    { ids: [enrolled] },
    staff,
  );
  programMeetings = exchangeMeetings.edges.map((edge) => edge.node);
}, 300_000);
afterAll(() => federation?.stop());

const byUid = (events: ParsedEvent[]) => new Map(events.map((event) => [event.uid, event]));

describe("a member's own calendar feed", () => {
  it('holds their registrations and the exchange meetings of their programmes, each as the API shows them', async () => {
    const path = await resetFeed();
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const calendar = parseCalendar(await response.text());
    expect(calendar.name).toBe('Meine Mitmach-Termine');
    expect(calendar.timeZones).toEqual(['Europe/Berlin', 'Europe/Vienna']);
    const events = byUid(calendar.events);
    // The feed keeps a month of the past; every meeting of the programme from then on, none of other programmes.
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
    const meetingUids = programMeetings
      .filter((entry) => Date.parse(entry.startsAt) >= monthAgo)
      .map((entry) => `member-exchange-meeting-${entry.id}@mitmach-regionen`);
    expect(meetingUids).toContain(`member-exchange-meeting-${ids.meeting}@mitmach-regionen`);
    expect(events.has(`member-exchange-meeting-${ids.other}@mitmach-regionen`)).toBe(false);
    expect([...events.keys()].sort()).toEqual(
      [
        `member-conference-${ids.twoDays}-${year}-07-15@mitmach-regionen`,
        `member-conference-${ids.twoDays}-${year}-07-16@mitmach-regionen`,
        `member-conference-${ids.waitlisted}-${year}-01-20@mitmach-regionen`,
        `member-conference-${ids.cancelled}-${year}-09-10@mitmach-regionen`,
        ...meetingUids,
      ].sort(),
    );

    const firstDay = events.get(`member-conference-${ids.twoDays}-${year}-07-15@mitmach-regionen`);
    expect(firstDay).toMatchObject({
      summary: `Mitmach-Konferenz Wels ${year} (Tag 1/2)`,
      status: 'CONFIRMED',
      timeZone: 'Europe/Vienna',
      localStart: `${year}-07-15T09:30:00`,
      localEnd: `${year}-07-15T18:00:00`,
      geo: [48.16, 14.03],
    });
    expect(firstDay?.start.toISOString()).toBe(new Date(`${year}-07-15T09:30:00+02:00`).toISOString());
    expect(firstDay?.location).toContain('Stadthalle Wels');

    const waiting = events.get(`member-conference-${ids.waitlisted}-${year}-01-20@mitmach-regionen`);
    expect(waiting).toMatchObject({ status: 'TENTATIVE', localStart: `${year}-01-20T13:00:00` });
    expect(waiting?.description.split('\n')[0]).toBe('Auf der Warteliste (Platz 1)');
    expect(waiting?.start.toISOString()).toBe(new Date(`${year}-01-20T13:00:00+01:00`).toISOString());

    const called = events.get(`member-conference-${ids.cancelled}-${year}-09-10@mitmach-regionen`);
    expect(called).toMatchObject({ status: 'CANCELLED', summary: `Abgesagt: Erfolgs-Workshop Linz ${year}` });

    const exchange = events.get(`member-exchange-meeting-${ids.meeting}@mitmach-regionen`);
    expect(exchange).toMatchObject({
      summary: 'Austauschtreffen: Pressearbeit für Regionalteams',
      status: 'CONFIRMED',
      location: 'Online',
      url: 'https://meet.example/mitmach-austausch',
      timeZone: 'Europe/Berlin',
      localStart: `${year}-03-10T18:00:00`,
      localEnd: `${year}-03-10T19:30:00`,
      categories: ['Austauschtreffen'],
    });
    expect(exchange?.start.toISOString()).toBe(new Date(`${year}-03-10T18:00:00+01:00`).toISOString());
    expect(exchange?.end.getTime()).toBe((exchange?.start.getTime() ?? 0) + 90 * 60_000);
    expect(exchange?.description).toContain('Mit Dr. Maria Huber');
  });

  it('answers a client holding the current version with 304, and changes when a registration does', async () => {
    const path = await resetFeed();
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('last-modified')).not.toBeNull();
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    await register(ids.notRegistered, member);
    const changed = await get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    const uids = parseCalendar(await changed.text()).events.map((event) => event.uid);
    expect(uids).toContain(`member-conference-${ids.notRegistered}-${year}-11-05@mitmach-regionen`);
  });

  it('stops working at once when its address is reset or its person erased', async () => {
    const old = await resetFeed();
    expect((await get(old)).status).toBe(200);
    const current = await resetFeed();
    const gone = await get(old);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({
      errors: [{ message: 'There is no calendar feed at this address.', extensions: { code: 'NOT_FOUND' } }],
    });
    expect((await get(current)).status).toBe(200);
  });

  it('answers unknown and malformed addresses alike with 404, refuses oversized ones, and stops a guesser at the quota', async () => {
    const unknown = `/feeds/me/${'A'.repeat(43)}.ics`;
    for (const path of [unknown, '/feeds/me/short.ics', `/feeds/me/${'A'.repeat(43)}.json`]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    // A path past the server's URL limit is refused before any route sees it.
    expect((await get(`/feeds/me/${'A'.repeat(5_000)}.ics`)).status).toBe(414);
    const guesser = { 'x-forwarded-for': '198.18.0.7' };
    const statuses: number[] = [];
    for (let guess = 0; guess < 25; guess += 1) {
      const token = Buffer.alloc(32, guess).toString('base64url');
      statuses.push((await fetch(`${baseUrl}/feeds/me/${token}.ics`, { headers: guesser })).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
  });

  it('ends with the erasure of its person', async () => {
    const path = await resetFeed();
    await run(
      'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { userErrors { message } } }',
      { input: { personId: memberPerson } },
      member,
    );
    expect((await get(path)).status).toBe(404);
  });
});
