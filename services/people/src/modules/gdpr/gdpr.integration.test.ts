import { randomUUID } from 'node:crypto';
import { selectRows } from '@mitmach/db';
import { demoPeople, personId, regionId } from '@mitmach/demo-network';
import {
  contracts,
  type ErasingService,
  EventPayloadError,
  type EventTransport,
  erasingServices,
  topicOf,
} from '@mitmach/events';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { erasedPersonIds, outbox, persons, teamMemberships } from '../../db/schema';
import { personErased } from '../../events/person-events';
import { callerTokens } from '../../testing/callers';
import { startPeople } from '../../testing/start-people';
import { formerMemberName } from '../people/people.repository';
import { deletePersonRow } from './gdpr.repository';

const { platform, query } = await startForFile(() => startPeople({ events: true }));
const tokens = callerTokens(platform.jwtSecret);

const people = demoPeople();
const teamOf = (regionSlug: string) => people.filter((person) => person.regionSlug === regionSlug && person.teamRole);
const privateIn = (regionSlug: string) => teamOf(regionSlug).filter((person) => !person.publicProfile).length;
function demo(key: string) {
  const person = people.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return { ...person, id: personId(key), name: `${person.givenName} ${person.familyName}` };
}

const erasePerson = `mutation($input: ErasePersonInput!) {
  erasePerson(input: $input) {
    person { id displayName givenName familyName email phone sector region { id } hasPublicProfile erasedAt }
    userErrors { field message code }
  }
}`;

interface EraseData {
  erasePerson: {
    person: {
      id: string;
      displayName: string | null;
      givenName: string | null;
      familyName: string | null;
      email: string | null;
      phone: string | null;
      sector: string | null;
      region: { id: string } | null;
      hasPublicProfile: boolean;
      erasedAt: string | null;
    } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

function erase(id: string, token?: string) {
  return query<EraseData>(erasePerson, { input: { personId: id } }, token ? { token } : {});
}

/** The erasure events of a person in people's outbox. */
function erasureEvents(id: string) {
  return platform.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, id), eq(outbox.name, contracts.personErased.name)));
}

async function stored(id: string) {
  const [row] = await platform.db.select().from(persons).where(eq(persons.id, id));
  return row;
}

function membershipsOf(id: string) {
  return platform.db.select().from(teamMemberships).where(eq(teamMemberships.personId, id));
}

const teamQuery = `query($id: UUID!) {
  region(id: $id) { team { members { role person { id displayName email } } anonymousCount totalCount } }
}`;
interface TeamData {
  region: {
    team: {
      members: { role: string; person: { id: string; displayName: string | null; email: string | null } }[];
      anonymousCount: number;
      totalCount: number;
    };
  };
}

describe('erasing a person', () => {
  const marie = demo('wurzen:member-1');

  it('lets staff erase a person: row deleted, no team roles, one people.person-erased event with its payload', async () => {
    expect(marie.publicProfile).toBe(true);
    expect(await membershipsOf(marie.id)).toHaveLength(1);
    const response = await erase(marie.id, await tokens.staff());
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.erasePerson;
    expect(result?.userErrors).toEqual([]);
    // Staff see that the person was erased, and nothing else.
    expect(result?.person).toMatchObject({
      id: marie.id,
      displayName: null,
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      sector: null,
      region: null,
      hasPublicProfile: false,
    });
    const erasedAt = result?.person?.erasedAt;
    expect(erasedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // Nothing is left of the person but their id in the record of erased ids.
    expect(await stored(marie.id)).toBeUndefined();
    const [recorded] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, marie.id));
    expect(recorded?.erasedAt.toISOString()).toBe(erasedAt);
    expect(await membershipsOf(marie.id)).toEqual([]);

    const events = await erasureEvents(marie.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'people.person-erased',
      version: 1,
      topic: 'people.person.v1',
      aggregateType: 'person',
      aggregateId: marie.id,
      source: 'people',
      payload: { personId: marie.id, erasedAt },
    });
    expect(Object.keys(events[0]?.payload as object).sort()).toEqual(['erasedAt', 'personId']);
  });

  it('publishes the event through the outbox relay to the transport', async () => {
    const transport = platform.transport as EventTransport;
    const received: { name: string; aggregateId: string; payload: unknown }[] = [];
    const subscription = await transport.subscribe({
      group: `probe-${randomUUID()}`,
      topics: [topicOf(contracts.personErased)],
      // The person's topic also carries their change events; only the erasure is counted here.
      handle: async (record) => {
        const envelope = JSON.parse(record.value);
        if (envelope.name === contracts.personErased.name) received.push(envelope);
      },
    });
    try {
      await expect
        .poll(() => received.filter((envelope) => envelope.aggregateId === marie.id).length, { timeout: 90_000 })
        .toBeGreaterThan(0);
      const seen = received.filter((envelope) => envelope.aggregateId === marie.id);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.payload).toMatchObject({ personId: marie.id });
      const [row] = await erasureEvents(marie.id);
      expect(row?.publishedAt).not.toBeNull();
    } finally {
      await subscription.stop();
    }
  });

  it('shows the erased person by name to nobody through the gateway, staff included', async () => {
    const staff = await tokens.staff();
    const anyone = [
      undefined,
      staff,
      await tokens.team('wurzen'),
      await tokens.member('wurzen:participant-1'),
      await tokens.partner(),
    ];
    const personQuery = `query($id: UUID!) {
      person(id: $id) { id displayName givenName familyName email phone teamMemberships { id } erasedAt }
    }`;
    for (const token of anyone) {
      const response = await query<{ person: { displayName: string | null; erasedAt: string | null } }>(
        personQuery,
        { id: marie.id },
        token ? { token } : {},
      );
      const body = JSON.stringify(response.body);
      expect(body).not.toContain(marie.familyName);
      expect(body).not.toContain(marie.email);
      if (token === staff) {
        expect(response.body.data?.person).toMatchObject({ displayName: null, email: null, teamMemberships: [] });
        expect(response.body.data?.person.erasedAt).not.toBeNull();
      } else {
        expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      }
    }
    // Nor can staff find the person by name or address any more; erased people are not listed at all.
    for (const search of [marie.familyName, marie.email, formerMemberName]) {
      const found = await query<{ people: { edges: { node: { id: string } }[] } }>(
        'query($search: String!) { people(first: 100, filter: { search: $search }) { edges { node { id } } } }',
        { search },
        { token: staff },
      );
      expect(found.body.data?.people.edges.map((edge) => edge.node.id)).not.toContain(marie.id);
    }
    // References from other subgraphs still resolve, to an id only.
    const entity = await platform.subgraphClient('people')<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id displayName hasPublicProfile } } }',
      { r: [{ __typename: 'Person', id: marie.id }] },
    );
    expect(entity.body.data?._entities).toEqual([{ id: marie.id, displayName: null, hasPublicProfile: false }]);
  });

  it("no longer counts or names the erased person in the region's team", async () => {
    for (const token of [undefined, await tokens.staff(), await tokens.team('wurzen')]) {
      const response = await query<TeamData>(teamQuery, { id: regionId('wurzen') }, token ? { token } : {});
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.region.team).toMatchObject({
        totalCount: teamOf('wurzen').length - 1,
        anonymousCount: privateIn('wurzen'),
      });
      expect(response.body.data?.region.team.members.map((member) => member.person.id)).not.toContain(marie.id);
      const body = JSON.stringify(response.body);
      expect(body).not.toContain(marie.name);
      expect(body).not.toContain(marie.email);
    }
  });

  it('lets a person erase themself, which also removes them from the count of a team', async () => {
    const benedikt = demo('chiemgau:member-2');
    const anonymousTeam = async () =>
      (await query<TeamData>(teamQuery, { id: regionId('chiemgau') })).body.data?.region.team;
    expect(benedikt.publicProfile).toBe(false);
    expect(await anonymousTeam()).toMatchObject({
      totalCount: teamOf('chiemgau').length,
      anonymousCount: privateIn('chiemgau'),
    });
    const self = await tokens.member(benedikt.key);
    const response = await erase(benedikt.id, self);
    expect(response.body.data?.erasePerson.userErrors).toEqual([]);
    expect(response.body.data?.erasePerson.person).toMatchObject({ id: benedikt.id, displayName: null });
    expect(await erasureEvents(benedikt.id)).toHaveLength(1);
    expect(await anonymousTeam()).toMatchObject({
      totalCount: teamOf('chiemgau').length - 1,
      anonymousCount: privateIn('chiemgau') - 1,
    });
    // Through `me` the person still sees that and when they were erased, but no name.
    const me = await query<{ me: { id: string; displayName: string | null; erasedAt: string | null } }>(
      '{ me { id displayName email erasedAt } }',
      {},
      { token: self },
    );
    expect(me.body.data?.me).toMatchObject({ id: benedikt.id, displayName: null });
    expect(me.body.data?.me.erasedAt).not.toBeNull();
    expect(JSON.stringify(me.body)).not.toContain(benedikt.familyName);
  });

  it('refuses everyone but staff and the person themself with FORBIDDEN, changing nothing and writing no event', async () => {
    const target = demo('chiemgau:participant-3');
    const before = await stored(target.id);
    const callers = [
      undefined,
      await tokens.partner(),
      await tokens.reporting(),
      await tokens.member('chiemgau:participant-1'),
      await tokens.team('chiemgau'),
    ];
    for (const token of callers) {
      expect(errorCodes(await erase(target.id, token))).toEqual(['FORBIDDEN']);
    }
    expect(await stored(target.id)).toEqual(before);
    expect(await erasureEvents(target.id)).toEqual([]);
  });

  it('answers a second erasure with ALREADY_ERASED and writes no second event', async () => {
    const target = demo('wurzen:participant-3');
    const first = await erase(target.id, await tokens.staff());
    expect(first.body.data?.erasePerson.userErrors).toEqual([]);
    const afterFirst = await stored(target.id);
    for (const token of [await tokens.staff(), await tokens.member(target.key)]) {
      const again = await erase(target.id, token);
      expect(again.body.data?.erasePerson.person).toBeNull();
      expect(again.body.data?.erasePerson.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
        ['input.personId', 'ALREADY_ERASED'],
      ]);
    }
    expect(await stored(target.id)).toEqual(afterFirst);
    expect(await erasureEvents(target.id)).toHaveLength(1);
  });

  it('erases once when two requests arrive at the same time', async () => {
    const target = demo('wurzen:participant-4');
    const staff = await tokens.staff();
    const results = await Promise.all([erase(target.id, staff), erase(target.id, staff)]);
    const codes = results.map((result) => result.body.data?.erasePerson.userErrors.map((error) => error.code));
    expect(codes).toContainEqual([]);
    expect(codes).toContainEqual(['ALREADY_ERASED']);
    expect(await erasureEvents(target.id)).toHaveLength(1);
  });

  it('answers an unknown id with NOT_FOUND, writing no event', async () => {
    const unknown = randomUUID();
    const response = await erase(unknown, await tokens.staff());
    expect(response.body.data?.erasePerson.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await erasureEvents(unknown)).toEqual([]);
  });

  it('keeps an erased person from being changed or put on a team again, and frees the address', async () => {
    const target = demo('wurzen:participant-3');
    const staff = await tokens.staff();
    const update = await query<{ updatePerson: { userErrors: { code: string }[] } }>(
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { code } } }',
      { input: { personId: target.id, displayName: target.name } },
      { token: staff },
    );
    expect(update.body.data?.updatePerson.userErrors.map((error) => error.code)).toEqual(['ERASED']);
    const add = await query<{ addTeamMember: { userErrors: { code: string }[] } }>(
      'mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { userErrors { code } } }',
      { input: { personId: target.id, regionId: regionId('wurzen'), role: 'CONTACT' } },
      { token: staff },
    );
    expect(add.body.data?.addTeamMember.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await membershipsOf(target.id)).toEqual([]);
    expect(await stored(target.id)).toBeUndefined();
    const created = await query<{ createPerson: { userErrors: unknown[] } }>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { userErrors { code } } }',
      {
        input: {
          displayName: 'Neu angemeldet',
          givenName: 'Neu',
          familyName: 'Angemeldet',
          email: target.email,
          sector: 'OTHER',
        },
      },
      { token: staff },
    );
    expect(created.body.data?.createPerson.userErrors).toEqual([]);
  });

  it('rolls the erasure back when its event breaks the contract', async () => {
    const target = demo('chiemgau:participant-5');
    const before = await stored(target.id);
    const attempt = platform.db.transaction(async (tx) => {
      const erasedAt = new Date();
      await deletePersonRow(tx, target.id);
      await personErased(tx, { id: 'not-a-uuid', erasedAt });
    });
    await expect(attempt).rejects.toThrow(EventPayloadError);
    expect(await stored(target.id)).toEqual(before);
    expect(await erasureEvents('not-a-uuid')).toEqual([]);
  });
});

const exportQuery = `query($id: UUID!) {
  personalDataExport(personId: $id) {
    exportedAt personId displayName givenName familyName email phone sector regionId
    publicProfileConsentedAt publicProfileWithdrawnAt createdAt updatedAt erasedAt
    teamMemberships { id regionId role since createdAt }
    recordedTeamMembershipIds
  }
}`;

interface ExportData {
  personalDataExport: {
    personId: string;
    displayName: string;
    givenName: string | null;
    familyName: string | null;
    email: string | null;
    phone: string | null;
    sector: string;
    regionId: string | null;
    erasedAt: string | null;
    teamMemberships: { regionId: string; role: string }[];
    recordedTeamMembershipIds: string[];
  };
}

describe('the erasure status', () => {
  const status = `query($id: UUID!) {
    personErasure(personId: $id) { personId erasedAt complete services { service appliedAt } }
  }`;
  type Status = {
    personErasure: {
      personId: string;
      erasedAt: string;
      complete: boolean;
      services: { service: string; appliedAt: string | null }[];
    } | null;
  };

  /** An acknowledgement as a service's relay would put it on the transport. */
  function acknowledge(service: ErasingService, erasureId: string) {
    const contract = contracts.personErasureAppliedBy[service];
    const id = randomUUID();
    return (platform.transport as EventTransport).publish([
      {
        topic: topicOf(contract),
        key: erasureId,
        eventId: id,
        value: JSON.stringify({
          id,
          name: contract.name,
          version: 1,
          aggregateType: contract.aggregateType,
          aggregateId: erasureId,
          occurredAt: new Date().toISOString(),
          source: service,
          traceparent: null,
          payload: { erasureId, appliedAt: new Date().toISOString() },
        }),
      },
    ]);
  }

  // The acknowledgements travel the event log, which passes nothing committed after the oldest transaction still
  // open on the server: another test file's long transaction, such as a seed, holds them back while it lasts.
  it('shows per service whether the erasure is applied, to staff and the person, as acknowledgements come in', {
    timeout: 420_000,
  }, async () => {
    const target = demo('chiemgau:participant-3');
    const staff = await tokens.staff();
    const erased = await query<{ erasePerson: { erasure: NonNullable<Status['personErasure']> } }>(
      `mutation($input: ErasePersonInput!) {
         erasePerson(input: $input) { erasure { personId erasedAt complete services { service appliedAt } } } }`,
      { input: { personId: target.id } },
      { token: staff },
    );
    const erasure = erased.body.data?.erasePerson.erasure;
    expect(erasure).toMatchObject({ personId: target.id, complete: false });
    expect(erasure?.services).toEqual([
      { service: 'people', appliedAt: erasure?.erasedAt },
      ...erasingServices.map((service) => ({ service, appliedAt: null })),
    ]);
    const [event] = await erasureEvents(target.id);
    const [recorded] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, target.id));
    expect(recorded?.erasureId).toBe(event?.id);

    // Regions runs alongside with its consumer and acknowledges by itself; conferences is acknowledged here.
    await acknowledge('conferences', event?.id as string);
    const seen = async (token: string) => (await query<Status>(status, { id: target.id }, { token })).body.data;
    await expect
      .poll(
        async () =>
          (await seen(staff))?.personErasure?.services.filter((entry) => entry.appliedAt).map((entry) => entry.service),
        { timeout: 180_000, interval: 50 },
      )
      .toEqual(['people', 'regions', 'conferences']);
    for (const service of erasingServices) await acknowledge(service, event?.id as string);
    await expect
      .poll(async () => (await seen(await tokens.member(target.key)))?.personErasure?.complete, {
        timeout: 180_000,
        interval: 50,
      })
      .toBe(true);

    // Every service applied it: the people service's events naming the person go from its outbox and the event log.
    await expect
      .poll(async () => (await platform.db.select().from(outbox).where(eq(outbox.aggregateId, target.id))).length, {
        timeout: 30_000,
        interval: 100,
      })
      .toBe(0);
    const logged = await selectRows(
      platform.db,
      sql`select event_id from eventbus.events where topic = ${topicOf(contracts.personErased)} and key = ${target.id}`,
    );
    expect(logged).toEqual([]);
    expect((await seen(staff))?.personErasure?.complete).toBe(true);

    const stranger = await query<Status>(status, { id: target.id }, { token: await tokens.member('wurzen:member-2') });
    expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);
    expect((await seen(staff))?.personErasure).not.toBeNull();
    const never = await query<Status>(status, { id: demo('chiemgau:participant-1').id }, { token: staff });
    expect(never.body.data?.personErasure).toBeNull();
  });
});

describe('exporting personal data', () => {
  it("gives the person themself and staff everything stored about the person, with the person's team roles", async () => {
    const sarah = demo('chiemgau:contact');
    for (const token of [await tokens.member(sarah.key), await tokens.staff()]) {
      const response = await query<ExportData>(exportQuery, { id: sarah.id }, { token });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.personalDataExport).toMatchObject({
        personId: sarah.id,
        displayName: sarah.name,
        givenName: sarah.givenName,
        familyName: sarah.familyName,
        email: sarah.email,
        phone: sarah.phone,
        regionId: regionId('chiemgau'),
        erasedAt: null,
        teamMemberships: [{ regionId: regionId('chiemgau'), role: 'CONTACT' }],
        recordedTeamMembershipIds: [],
      });
    }
  });

  it('lists the team memberships the person recorded for others', async () => {
    const moderator = demo('chiemgau:moderator');
    const added = await query<{ addTeamMember: { membership: { id: string } | null } }>(
      'mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { membership { id } } }',
      { input: { personId: personId('chiemgau:participant-2'), regionId: regionId('chiemgau'), role: 'TEAM_MEMBER' } },
      { token: await tokens.team('chiemgau') },
    );
    const membershipId = added.body.data?.addTeamMember.membership?.id;
    expect(membershipId).toBeDefined();
    const response = await query<ExportData>(
      exportQuery,
      { id: moderator.id },
      { token: await tokens.member(moderator.key) },
    );
    expect(response.body.data?.personalDataExport.recordedTeamMembershipIds).toEqual([membershipId]);
  });

  it('shows what is left of an erased person', async () => {
    const marie = demo('wurzen:member-1');
    const response = await query<ExportData>(exportQuery, { id: marie.id }, { token: await tokens.staff() });
    expect(response.body.data?.personalDataExport).toMatchObject({
      personId: marie.id,
      displayName: formerMemberName,
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      regionId: null,
      teamMemberships: [],
    });
    expect(response.body.data?.personalDataExport.erasedAt).not.toBeNull();
  });

  it("refuses anyone else's data with FORBIDDEN, and staff an unknown id with NOT_FOUND", async () => {
    const sarah = demo('chiemgau:contact');
    for (const token of [
      undefined,
      await tokens.partner(),
      await tokens.member('chiemgau:participant-1'),
      await tokens.team('chiemgau'),
    ]) {
      const response = await query(exportQuery, { id: sarah.id }, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response.body)).not.toContain(sarah.email);
    }
    expect(errorCodes(await query(exportQuery, { id: randomUUID() }, { token: await tokens.staff() }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('an erasure after a backup is restored', () => {
  it('is applied again, without being asked, to a person whose row came back', { timeout: 120_000 }, async () => {
    const target = demo('chiemgau:participant-4');
    const staff = await tokens.staff();
    expect((await erase(target.id, staff)).body.data?.erasePerson.userErrors).toEqual([]);
    const [before] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, target.id));
    // The row as a backup from before the erasure brings it back.
    await platform.db.insert(persons).values({
      id: target.id,
      displayName: target.name,
      givenName: target.givenName,
      familyName: target.familyName,
      email: target.email,
      sector: 'civil_society',
    });
    await expect.poll(() => stored(target.id), { timeout: 30_000, interval: 100 }).toBeUndefined();
    // Announced again under a new erasure id, so the status waits for every service once more.
    const [after] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, target.id));
    expect(after?.erasureId).not.toBe(before?.erasureId);
    expect(after?.erasedAt).toEqual(before?.erasedAt);
    expect(await erasureEvents(target.id)).toHaveLength(2);
  });
});
