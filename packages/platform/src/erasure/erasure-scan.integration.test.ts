import { randomUUID } from 'node:crypto';
import { selectRows } from '@mitmach/db';
import { conferenceId, courseId, firstConferenceKey, personId, regionId } from '@mitmach/demo-network';
import { erasingServices } from '@mitmach/events';
import { type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSubgraphs } from '../load-subgraphs';
import { namesakesHits, scanDatabase } from './scan-database';

let federation: Federation;
let query: ReturnType<typeof graphqlClient>;
let staff: string;
let self: string;

// A participant of the Waldviertel conference (held, attended) who holds a place at one in Ottakring still ahead.
const erased = personId('waldviertel:participant-1');
const heldConference = conferenceId(firstConferenceKey('waldviertel'));
const conferenceAhead = conferenceId('wien-ottakring:mitmach-werkstatt-2027');
const marker = randomUUID().slice(0, 8);
const identity = {
  givenName: `Erika${marker}`,
  familyName: `Loeschprobe${marker}`,
  email: `erika.${marker}@example.org`,
  phone: `+49 30 ${marker.replace(/\D/g, '7').slice(0, 8)}`,
};

beforeAll(async () => {
  federation = await startFederation({ subgraphs: await loadSubgraphs(), events: true, responseCache: true });
  query = graphqlClient(federation.gatewayUrl);
  staff = await tokenFor(federation.jwtSecret, ['staff']);
  self = await tokenFor(federation.jwtSecret, ['staff'], { personId: erased });
  // Seven subgraphs with the demo network and their event workers take a while on a loaded machine.
}, 600_000);
beforeAll(() => livePersonalLife(self), 120_000);
afterAll(() => federation?.stop());

const gatewayOrigin = () => new URL(federation.gatewayUrl).origin;

/** A download from the gateway, with the caller's bearer token when given. */
async function download(path: string, token?: string) {
  const response = await fetch(`${gatewayOrigin()}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const exportDocument = `query($id: UUID!) { personalDataExport(personId: $id) {
  personId givenName familyName email phone publicProfileConsentedAt teamMemberships { role } recordedTeamMembershipIds
  registrations { conference { id } status attended }
  responsibleOutcomes { title } recordedOutcomes { title }
  enrollments { course { id } lessonsCompleted { completedAt } }
  createdActions { title } startedAdoptions { id }
  regionStatusChanges { to } decidedApplications { id } recordedFundingEntries { recordedAt } } }`;

/** A public answer naming the person, as anonymous callers get it from the gateway's response cache. */
const publicPerson = async () => {
  const response = await query<{ person: { id: string; displayName: string | null } | null }>(
    'query($id: UUID!) { person(id: $id) { id displayName } }',
    { id: erased },
  );
  return { cache: response.headers.get('cache-status') ?? '', person: response.body.data?.person ?? null };
};

async function ok<Data>(document: string, variables: Record<string, unknown>, token: string): Promise<Data> {
  const response = await query<Data>(document, variables, { token });
  expect(response.body.errors).toBeUndefined();
  const payload = Object.values(response.body.data as Record<string, { userErrors?: unknown[] }>)[0];
  expect(payload?.userErrors ?? []).toEqual([]);
  return response.body.data as Data;
}

/** Gives the person all the data the issue names, through the API, each as themself where authorship counts. */
async function livePersonalLife(self: string): Promise<void> {
  await ok(
    `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { code } } }`,
    { input: { personId: erased, ...identity, publicProfileConsent: { given: true } } },
    staff,
  );
  await ok(
    `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { userErrors { code } } }`,
    { input: { personId: erased, regionId: regionId('waldviertel'), role: 'CONTACT' } },
    self,
  );
  const enrolled = await ok<{ enroll: { enrollment: { id: string } } }>(
    `mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { id } userErrors { code } } }`,
    { input: { personId: erased, courseId: courseId('pressearbeit') } },
    staff,
  );
  const lessons = await ok<{ course: { lessons: { id: string }[] } }>(
    'query($id: UUID!) { course(id: $id) { lessons { id } } }',
    { id: courseId('pressearbeit') },
    staff,
  );
  await ok(
    `mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { userErrors { code } } }`,
    { input: { enrollmentId: enrolled.enroll.enrollment.id, lessonId: lessons.course.lessons[0]?.id } },
    self,
  );
  await ok(
    `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { userErrors { code } } }`,
    {
      input: {
        conferenceId: heldConference,
        kind: 'PROJECT',
        title: 'Reparaturcafé im Gemeindesaal',
        description: 'Einmal im Monat reparieren Ehrenamtliche Geräte der Nachbarschaft.',
        fieldsOfAction: ['economy'],
        sdgs: [12],
        responsiblePersonIds: [erased],
        partnerOrganizationIds: [],
      },
    },
    self,
  );
  await ok(
    `mutation($input: CreateActionInput!) { createAction(input: $input) { userErrors { code } } }`,
    {
      input: {
        title: 'Saatgutbörse im Frühjahr',
        summary: 'Gärtnerinnen und Gärtner tauschen samenfestes Saatgut aus der Region.',
        description:
          'Jedes Frühjahr bringen alle mit, was sie im Vorjahr geerntet haben, und nehmen Neues mit nach Hause.',
        impact: 'Alte Sorten bleiben erhalten, und Nachbarn lernen einander kennen.',
        effort: { level: 'LOW', durationWeeks: 4 },
        cost: { minEur: 0, maxEur: 100 },
        steps: [],
        targetGroups: ['Gärtner:innen'],
        fieldsOfAction: ['agriculture-food'],
        sdgs: [2],
        originRegionId: regionId('waldviertel'),
        originCountry: 'AT',
      },
    },
    self,
  );
}

describe('exporting a person', () => {
  it('gives everything every service holds about them in one GraphQL request', async () => {
    const exported = await ok<{ personalDataExport: Record<string, unknown> }>(exportDocument, { id: erased }, self);
    expect(exported.personalDataExport).toMatchObject({
      personId: erased,
      ...identity,
      publicProfileConsentedAt: expect.any(String),
      teamMemberships: [{ role: 'CONTACT' }],
      responsibleOutcomes: [{ title: 'Reparaturcafé im Gemeindesaal' }],
      recordedOutcomes: [{ title: 'Reparaturcafé im Gemeindesaal' }],
      enrollments: [
        { course: { id: courseId('pressearbeit') }, lessonsCompleted: [{ completedAt: expect.any(String) }] },
      ],
      createdActions: [{ title: 'Saatgutbörse im Frühjahr' }],
      startedAdoptions: [],
    });
    const { registrations } = exported.personalDataExport as {
      registrations: { conference: { id: string }; attended: boolean | null }[];
    };
    expect(registrations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ conference: { id: heldConference }, attended: true }),
        expect.objectContaining({ conference: { id: conferenceAhead } }),
      ]),
    );
  });

  it('offers the same export as a JSON download, for the person themself and for staff', async () => {
    const own = await download('/export/me', self);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="personal-data-${erased}.json"`);
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect(own.body).toMatchObject({ personId: erased, email: identity.email });
    expect(own.body.enrollments[0].lessonsCompleted).toHaveLength(1);
    expect(own.body.createdActions).toEqual([expect.objectContaining({ title: 'Saatgutbörse im Frühjahr' })]);
    const byStaff = await download(`/export/people/${erased.toUpperCase()}`, staff);
    expect(byStaff.status).toBe(200);
    expect({ ...byStaff.body, exportedAt: null }).toEqual({ ...own.body, exportedAt: null });
  });

  it('refuses a download to strangers, malformed ids and a caller past the quota', async () => {
    const stranger = await tokenFor(federation.jwtSecret, ['member'], { personId: randomUUID() });
    expect((await download('/export/me')).status).toBe(401);
    const forbidden = await download(`/export/people/${erased}`, stranger);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const malformed = await download('/export/people/1%27%20or%201=1', staff);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) statuses.push((await download('/export/me', stranger)).status);
    // Nobody has the stranger's id: every export within the quota is NOT_FOUND, the one past it is refused unread.
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });
});

describe('erasing a person', () => {
  it('leaves their id only in erased-id records and nothing else about them anywhere in the database', {
    timeout: 180_000,
  }, async () => {
    // A cached public answer naming the person, as partners and the public get it.
    await expect.poll(async () => (await publicPerson()).cache, { timeout: 60_000, interval: 200 }).toMatch(/hit/);
    const shownName = (await publicPerson()).person?.displayName;
    expect(shownName).toEqual(expect.any(String));
    // An e-mail to the person still waiting to go out.
    await federation.db.execute(sql`
      insert into people.mail_outbox (message_id, recipient, subject, text, html, language, person_id, next_attempt_at)
      values (${`<${marker}@mitmach.test>`}, ${identity.email}, 'Ihre Anmeldung', 'Hallo', '<p>Hallo</p>', 'de',
              ${erased}, now() + interval '1 hour')`);
    // A dead letter that carries one of their events, as a consumer parks one that kept failing.
    const [registrationEvent] = await selectRows<{ id: string; value: string }>(
      federation.db,
      sql`select id::text, json_build_object('id', id, 'name', name, 'payload', payload)::text as value
          from conferences.outbox where name = 'conferences.registration-changed' and payload->>'conferenceId' = ${conferenceAhead}
          order by position desc limit 1`,
    );
    expect(registrationEvent).toBeDefined();
    await federation.db.execute(sql`
      insert into statistics.dead_letters (consumer_group, event_id, event_name, topic, value, error, attempts)
      values ('statistics', ${registrationEvent?.id}, 'conferences.registration-changed',
              'conferences.registration.v1', ${registrationEvent?.value}, 'read model unavailable', 5)`);
    // And one of the person topic, whose events name the person by id in clear.
    const [personEvent] = await selectRows<{ id: string; value: string }>(
      federation.db,
      sql`select id::text, json_build_object('id', id, 'name', name, 'payload', payload)::text as value
          from people.outbox where name = 'people.person-changed' and aggregate_id = ${erased}
          order by position desc limit 1`,
    );
    expect(personEvent).toBeDefined();
    await federation.db.execute(sql`
      insert into partners.dead_letters (consumer_group, event_id, event_name, topic, value, error, attempts)
      values ('partners', ${personEvent?.id}, 'people.person-changed', 'people.person.v1', ${personEvent?.value},
              'change log unavailable', 5)`);
    const before = await scanDatabase(federation.db, [erased, identity.email, identity.familyName]);
    expect(before.map((hit) => hit.table)).toEqual(
      expect.arrayContaining([
        'action_pool.actions',
        'conferences.outcomes',
        'people.team_memberships',
        'partners.dead_letters',
      ]),
    );

    const erasure = await ok<{ erasePerson: { erasure: { services: { service: string }[] } } }>(
      `mutation($id: UUID!) { erasePerson(input: { personId: $id }) {
         erasure { services { service appliedAt } } userErrors { code } } }`,
      { id: erased },
      staff,
    );
    expect(erasure.erasePerson.erasure.services.map((entry) => entry.service).sort()).toEqual(
      ['people', ...erasingServices].sort(),
    );
    const status = () =>
      ok<{ personErasure: { complete: boolean; services: { service: string; appliedAt: string | null }[] } }>(
        'query($id: UUID!) { personErasure(personId: $id) { complete services { service appliedAt } } }',
        { id: erased },
        staff,
      );
    await expect
      .poll(async () => (await status()).personErasure.complete, { timeout: 90_000, interval: 100 })
      .toBe(true);

    const hits = await scanDatabase(federation.db, [
      identity.givenName,
      identity.familyName,
      identity.email,
      identity.phone,
    ]);
    expect(hits).toEqual([]);
    // The announcement of the erasure, which names the id, goes once every service applied it: within a round of the
    // people service's erasure worker.
    await expect.poll(() => scanDatabase(federation.db, [erased]), { timeout: 10_000, interval: 200 }).toEqual([]);

    // Article 19: no pending e-mail to them goes out, and no cached answer names them any more.
    const mails = await selectRows(federation.db, sql`select id from people.mail_outbox where person_id = ${erased}`);
    expect(mails).toEqual([]);
    await expect
      .poll(
        async () => {
          const { cache, person } = await publicPerson();
          return { fromCache: /hit/.test(cache), shown: person?.displayName === shownName };
        },
        { timeout: 60_000, interval: 200 },
      )
      .toEqual({ fromCache: false, shown: false });

    const exported = await ok<{ personalDataExport: Record<string, unknown> }>(exportDocument, { id: erased }, staff);
    expect(exported.personalDataExport).toEqual({
      personId: erased,
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      publicProfileConsentedAt: null,
      teamMemberships: [],
      recordedTeamMembershipIds: [],
      registrations: [],
      responsibleOutcomes: [],
      recordedOutcomes: [],
      enrollments: [],
      createdActions: [],
      startedAdoptions: [],
      regionStatusChanges: [],
      decidedApplications: [],
      recordedFundingEntries: [],
    });

    const again = await query<{ register: { registration: unknown; userErrors: { code: string; message: string }[] } }>(
      `mutation($input: RegisterForConferenceInput!) {
         register(input: $input) { registration { id } userErrors { code message } } }`,
      { input: { conferenceId: conferenceAhead, personId: erased, sector: 'CIVIL_SOCIETY' } },
      { token: staff },
    );
    expect(again.body.data?.register).toEqual({
      registration: null,
      userErrors: [{ code: 'NOT_FOUND', message: `There is no person with id ${erased}: the person was erased.` }],
    });
  });
});

describe('erasures after a backup is restored', () => {
  it('erases again, in every service and without being asked, a person whose data came back with the backup', {
    timeout: 180_000,
  }, async () => {
    // What a restored backup from before the erasure brings back: the person's record and an enrolment.
    await federation.db.execute(sql`
      insert into people.persons (id, display_name, given_name, family_name, email, sector)
      values (${erased}, ${`${identity.givenName} ${identity.familyName}`}, ${identity.givenName},
              ${identity.familyName}, ${identity.email}, 'civil_society')`);
    await federation.db.execute(sql`
      insert into learning.enrollments (person_id, course_id) values (${erased}, ${courseId('pressearbeit')})`);

    // The people service's erasure worker notices the record of an erased id and erases it again everywhere.
    await expect
      .poll(() => scanDatabase(federation.db, [erased, identity.givenName, identity.email]), {
        timeout: 90_000,
        interval: 200,
      })
      .toEqual([]);
    const status = await ok<{ personErasure: { complete: boolean } }>(
      'query($id: UUID!) { personErasure(personId: $id) { complete } }',
      { id: erased },
      staff,
    );
    expect(status.personErasure.complete).toBe(true);
  });
});

describe('exporting with a service down', () => {
  it('fails naming the service rather than answering in part', async () => {
    const other = personId('waldviertel:participant-2');
    await federation.mounted.learning?.server.app.close();
    const answer = await query<{ personalDataExport: unknown }>(exportDocument, { id: other }, { token: staff });
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'learning' }),
        }),
      ]),
    );
    const downloaded = await download(`/export/people/${other}`, staff);
    expect(downloaded.status).toBe(503);
    expect(downloaded.body.errors).toEqual([
      {
        message: expect.stringContaining('without the learning service'),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'learning' }),
      },
    ]);
  });
});

describe('scanning for a name that others share', () => {
  it('tells the rows of a namesake apart from the rows of the person', async () => {
    const namesake = randomUUID();
    const name = `Nora${marker} Namensvetter`;
    await federation.db.execute(sql`
      insert into people.persons (id, display_name, given_name, family_name, email, sector)
      values (${namesake}, ${name}, ${`Nora${marker}`}, 'Namensvetter', ${`nora.${marker}@example.org`}, 'science')`);
    const someoneElse = randomUUID();
    const hits = await scanDatabase(federation.db, [someoneElse, name]);
    expect(hits.map((hit) => hit.table)).toEqual(['people.persons']);
    expect(await namesakesHits(federation.db, hits, someoneElse)).toEqual(hits);
    expect(await namesakesHits(federation.db, hits, namesake)).toEqual([]);
  });
});
