import { regionId } from '@mitmach/demo-network';
import { changeEventsOf, writerOf } from '@mitmach/events/testing';
import { graphqlClient } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, outbox, persons } from '../db/schema';
import { callerTokens } from '../testing/callers';
import { type RunningPeople, startPeople } from '../testing/start-people';

let platform: RunningPeople;
let query: ReturnType<typeof graphqlClient>;
let staff: string;
let changes: ReturnType<typeof changeEventsOf>;

beforeAll(async () => {
  platform = await startPeople();
  query = graphqlClient(platform.gatewayUrl);
  staff = await callerTokens(platform.jwtSecret).staff();
  changes = changeEventsOf(platform.db, outbox);
});
afterAll(() => platform?.stop());

async function mutate(mutation: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const mark = await changes.mark();
  const response = await query<Record<string, Record<string, unknown>>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code message } } }`,
    { input },
    { token: staff },
  );
  expect(response.body.errors).toBeUndefined();
  const payload = response.body.data?.[mutation] ?? {};
  expect(payload.userErrors).toEqual([]);
  return { payload, events: await changes.since(mark) };
}

const summary = (events: Awaited<ReturnType<typeof changes.since>>) =>
  events.map((event) => [event.name, event.payload.kind, event.payload.changedFields, event.payload.public]);

describe('people change events', () => {
  it('writes organisation events with their lists, and none for an edit that changes nothing', async () => {
    const created = await mutate('createOrganization', 'CreateOrganizationInput', 'organization { id version }', {
      name: 'Repair-Café Probstei',
      kind: 'INITIATIVE',
      regionId: regionId('wurzen'),
      fieldsOfAction: ['economy'],
    });
    const id = (created.payload.organization as { id: string }).id;
    expect(summary(created.events)).toEqual([
      ['people.organization-changed', 'created', expect.arrayContaining(['name', 'fieldsOfAction']), true],
    ]);
    expect(created.events[0]?.tx).toBe(await writerOf(platform.db, organizations, organizations.id, id));
    const edited = await mutate('updateOrganization', 'UpdateOrganizationInput', 'organization { id version }', {
      organizationId: id,
      name: 'Repair-Café Probstei',
      website: 'https://repair.example.org',
      fieldsOfAction: ['economy', 'social-cohesion'],
    });
    expect(summary(edited.events)).toEqual([
      ['people.organization-changed', 'updated', ['website', 'fieldsOfAction'], true],
    ]);
    expect(edited.events[0]?.payload.version).toBe(2);
    const same = await mutate('updateOrganization', 'UpdateOrganizationInput', 'organization { id version }', {
      organizationId: id,
      fieldsOfAction: ['social-cohesion', 'economy'],
    });
    expect(same.events).toEqual([]);
  });

  it('writes person events with field names only, a withdrawal when consent ends, team changes and the erasure', async () => {
    const created = await mutate('createPerson', 'CreatePersonInput', 'person { id }', {
      displayName: 'Jana K.',
      givenName: 'Jana',
      familyName: 'Kowalski',
      email: 'jana.kowalski@example.org',
      sector: 'CIVIL_SOCIETY',
      regionId: regionId('wurzen'),
    });
    const id = (created.payload.person as { id: string }).id;
    expect(summary(created.events)).toEqual([
      ['people.person-changed', 'created', expect.arrayContaining(['email', 'publicProfile']), false],
    ]);
    expect(created.events[0]?.tx).toBe(await writerOf(platform.db, persons, persons.id, id));
    const consented = await mutate('updatePerson', 'UpdatePersonInput', 'person { id }', {
      personId: id,
      publicProfileConsent: { given: true },
    });
    expect(summary(consented.events)).toEqual([['people.person-changed', 'status_changed', ['publicProfile'], true]]);
    const renamed = await mutate('updatePerson', 'UpdatePersonInput', 'person { id }', {
      personId: id,
      email: 'jana.k@example.org',
      displayName: 'Jana K.',
    });
    expect(summary(renamed.events)).toEqual([['people.person-changed', 'updated', ['email'], true]]);
    expect(JSON.stringify(renamed.events)).not.toContain('jana');
    const same = await mutate('updatePerson', 'UpdatePersonInput', 'person { id }', {
      personId: id,
      sector: 'CIVIL_SOCIETY',
    });
    expect(same.events).toEqual([]);
    const withdrawn = await mutate('updatePerson', 'UpdatePersonInput', 'person { id }', {
      personId: id,
      publicProfileConsent: { given: false },
    });
    expect(summary(withdrawn.events)).toEqual([['people.person-changed', 'withdrawn', ['publicProfile'], false]]);
    expect(withdrawn.events[0]?.payload.version).toBe(4);

    const joined = await mutate('addTeamMember', 'AddTeamMemberInput', 'membership { id }', {
      personId: id,
      regionId: regionId('wurzen'),
      role: 'TEAM_MEMBER',
    });
    const membershipId = (joined.payload.membership as { id: string }).id;
    expect(joined.events.map((event) => [event.name, event.payload.key, event.payload.kind])).toEqual([
      ['people.team-membership-changed', { id: membershipId, regionId: regionId('wurzen') }, 'created'],
    ]);
    const left = await mutate('removeTeamMember', 'RemoveTeamMemberInput', 'removedMembershipId', { membershipId });
    expect(summary(left.events)).toEqual([['people.team-membership-changed', 'deleted', [], true]]);
    await mutate('addTeamMember', 'AddTeamMemberInput', 'membership { id }', {
      personId: id,
      regionId: regionId('wurzen'),
      role: 'CONTACT',
    });

    const erased = await mutate('erasePerson', 'ErasePersonInput', 'person { id }', { personId: id });
    expect(summary(erased.events)).toEqual([
      ['people.team-membership-changed', 'deleted', [], true],
      ['people.person-changed', 'deleted', [], false],
    ]);
    expect(erased.events[1]?.payload).toMatchObject({ key: { id }, version: 5 });
  });
});
