import { randomUUID } from 'node:crypto';
import { selectRows } from '@mitmach/db';
import { conferenceId, courseId, firstConferenceKey, personId, regionId } from '@mitmach/demo-network';
import { erasingServices } from '@mitmach/events';
import { type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSubgraphs } from '../load-subgraphs';
import { type ScanHit, scanDatabase } from './scan-database.testing';

let federation: Federation;
let query: ReturnType<typeof graphqlClient>;
let staff: string;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: await loadSubgraphs(), events: true });
  query = graphqlClient(federation.gatewayUrl);
  staff = await tokenFor(federation.jwtSecret, ['staff']);
  // Seven subgraphs with the demo network and their event workers take a while on a loaded machine.
}, 300_000);
afterAll(() => federation?.stop());

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
    { input: { personId: erased, ...identity } },
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

describe('erasing a person', () => {
  it('leaves their id only in erased-id records and nothing else about them anywhere in the database', {
    timeout: 180_000,
  }, async () => {
    const self = await tokenFor(federation.jwtSecret, ['staff'], { personId: erased });
    await livePersonalLife(self);
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
    const before = await scanDatabase(federation.db, [erased, identity.email, identity.familyName]);
    expect(before.map((hit) => hit.table)).toEqual(
      expect.arrayContaining(['action_pool.actions', 'conferences.outcomes', 'people.team_memberships']),
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
      .poll(async () => (await status()).personErasure.complete, { timeout: 60_000, interval: 100 })
      .toBe(true);

    const hits = await scanDatabase(federation.db, [
      identity.givenName,
      identity.familyName,
      identity.email,
      identity.phone,
    ]);
    expect(hits).toEqual([]);
    // The id remains where the person entity itself is the subject: the emptied row that keeps references resolvable,
    // and the people service's events about that entity (its erasure, and changes naming only field names).
    const idHits = await scanDatabase(federation.db, [erased]);
    const aboutThePersonEntity = (hit: ScanHit) =>
      (hit.table === 'people.persons' && hit.row.includes('Gelöschte Person')) ||
      /people\.person-(erased|changed)/.test(hit.row) ||
      (hit.table === 'partners.change_log' && hit.row.includes(',person,'));
    expect(idHits.filter((hit) => !aboutThePersonEntity(hit))).toEqual([]);

    const exported = await query<{ personalDataExport: Record<string, unknown> }>(
      `query($id: UUID!) { personalDataExport(personId: $id) {
         givenName familyName email phone teamMemberships { id } recordedTeamMembershipIds } }`,
      { id: erased },
      { token: staff },
    );
    expect(exported.body.data?.personalDataExport).toEqual({
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      teamMemberships: [],
      recordedTeamMembershipIds: [],
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
