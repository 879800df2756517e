import { personId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { persons } from '../../db/schema';
import { callerTokens } from '../../testing/callers';
import { demoPerson } from '../../testing/demo-person';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(startPeople);
const tokens = callerTokens(platform.jwtSecret);

async function personCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(persons);
  return row?.value ?? -1;
}

async function stored(id: string) {
  const [row] = await platform.db.select().from(persons).where(eq(persons.id, id));
  return row;
}

interface Payload {
  person: {
    id: string;
    displayName: string | null;
    email: string | null;
    phone: string | null;
    hasPublicProfile: boolean;
    publicProfileConsentedAt: string | null;
    publicProfileWithdrawnAt: string | null;
  } | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

const personFields = 'id displayName email phone hasPublicProfile publicProfileConsentedAt publicProfileWithdrawnAt';

const createPerson = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { person { ${personFields} } userErrors { field message code } }
}`;

const updatePerson = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { ${personFields} } userErrors { field message code } }
}`;

const newPerson = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Rosa Lindner',
  givenName: 'Rosa',
  familyName: 'Lindner',
  email: 'rosa.lindner@example.org',
  phone: '+49 8641 555123',
  sector: 'EDUCATION',
  regionId: regionId('chiemgau'),
  ...overrides,
});

describe('creating people', () => {
  it('lets staff add a person with consent to a public profile dated by the signed form', async () => {
    const response = await query<{ createPerson: Payload }>(
      createPerson,
      { input: newPerson({ publicProfileConsent: { given: true, at: '2025-03-14T18:30:00+01:00' } }) },
      { token: await tokens.staff() },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createPerson).toMatchObject({
      person: {
        displayName: 'Rosa Lindner',
        email: 'rosa.lindner@example.org',
        hasPublicProfile: true,
        publicProfileConsentedAt: '2025-03-14T17:30:00.000Z',
      },
      userErrors: [],
    });
    const anonymous = await query<{ person: { displayName: string } }>(
      'query($id: UUID!) { person(id: $id) { displayName } }',
      { id: response.body.data?.createPerson.person?.id },
    );
    expect(anonymous.body.data?.person.displayName).toBe('Rosa Lindner');
  });

  it('refuses bad fields with userErrors, writing nothing', async () => {
    const before = await personCount();
    const response = await query<{ createPerson: Payload }>(
      createPerson,
      {
        input: newPerson({
          displayName: ' R ',
          givenName: '   ',
          familyName: 'L'.repeat(81),
          email: 'bad.fields@example.org',
          phone: 'call me maybe',
          publicProfileConsent: { given: true, at: '2999-01-01T00:00:00Z' },
        }),
      },
      { token: await tokens.staff() },
    );
    expect(response.body.data?.createPerson.person).toBeNull();
    expect(response.body.data?.createPerson.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.displayName', 'INVALID'],
      ['input.givenName', 'INVALID'],
      ['input.familyName', 'INVALID'],
      ['input.phone', 'INVALID'],
      ['input.publicProfileConsent.at', 'INVALID'],
    ]);
    expect(await personCount()).toBe(before);
  });

  it('refuses a malformed e-mail address before anything runs', async () => {
    const before = await personCount();
    const response = await query(
      createPerson,
      { input: newPerson({ email: 'rosa at example' }) },
      {
        token: await tokens.staff(),
      },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toMatch(/e-mail address/);
    expect(await personCount()).toBe(before);
  });

  it('refuses an e-mail address another person has, whatever its case', async () => {
    const before = await personCount();
    const taken = demoPerson('wurzen:contact').email.toUpperCase();
    const response = await query<{ createPerson: Payload }>(
      createPerson,
      { input: newPerson({ email: taken }) },
      {
        token: await tokens.staff(),
      },
    );
    expect(response.body.data?.createPerson.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    expect(await personCount()).toBe(before);
  });

  it('gives exactly one of two simultaneous requests the address', async () => {
    const staff = await tokens.staff();
    const input = newPerson({ email: 'zwillinge@example.org', displayName: 'Zwilling' });
    const results = await Promise.all([
      query<{ createPerson: Payload }>(createPerson, { input }, { token: staff }),
      query<{ createPerson: Payload }>(createPerson, { input }, { token: staff }),
    ]);
    const outcomes = results.map((result) => result.body.data?.createPerson.userErrors.map((error) => error.code));
    expect(outcomes).toContainEqual([]);
    expect(outcomes).toContainEqual(['TAKEN']);
  });

  it('lets a regional team add a person to its own region, without reading back the contact data', async () => {
    const response = await query<{ createPerson: Payload }>(
      createPerson,
      { input: newPerson({ email: 'team.neu@example.org', displayName: 'Neu im Team' }) },
      { token: await tokens.team('chiemgau') },
    );
    expect(response.body.data?.createPerson.userErrors).toEqual([]);
    expect(response.body.data?.createPerson.person).toMatchObject({
      displayName: 'Neu im Team',
      email: null,
      phone: null,
      hasPublicProfile: false,
    });
    const row = await stored(response.body.data?.createPerson.person?.id ?? '');
    expect(row?.email).toBe('team.neu@example.org');
  });

  it('refuses other regions, consent recorded by a team, and every other role with FORBIDDEN, writing nothing', async () => {
    const before = await personCount();
    const team = await tokens.team('chiemgau');
    const attempts: [Record<string, unknown>, string | undefined][] = [
      [newPerson({ email: 'a@example.org', regionId: regionId('wurzen') }), team],
      [newPerson({ email: 'b@example.org', regionId: null }), team],
      [newPerson({ email: 'c@example.org', publicProfileConsent: { given: true } }), team],
      [newPerson({ email: 'd@example.org' }), undefined],
      [newPerson({ email: 'e@example.org' }), await tokens.partner()],
      [newPerson({ email: 'f@example.org' }), await tokens.member('chiemgau:participant-1')],
    ];
    for (const [input, token] of attempts) {
      const response = await query(createPerson, { input }, token ? { token } : {});
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await personCount()).toBe(before);
  });
});

describe('updating people', () => {
  it('lets a person give consent to a public profile and withdraw it again', async () => {
    const key = 'chiemgau:member-2';
    const id = personId(key);
    const self = await tokens.member(key);
    const publicView = () =>
      query<{ person: { displayName: string } }>('query($id: UUID!) { person(id: $id) { displayName } }', { id });
    expect(errorCodes(await publicView())).toEqual(['NOT_FOUND']);

    const given = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: id, phone: '+49 8051 555000', publicProfileConsent: { given: true } } },
      { token: self },
    );
    expect(given.body.data?.updatePerson).toMatchObject({
      person: { hasPublicProfile: true, phone: '+49 8051 555000', publicProfileWithdrawnAt: null },
      userErrors: [],
    });
    expect((await publicView()).body.data?.person.displayName).toBe(
      `${demoPerson(key).givenName} ${demoPerson(key).familyName}`,
    );

    const withdrawn = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: id, publicProfileConsent: { given: false } } },
      { token: self },
    );
    expect(withdrawn.body.data?.updatePerson.person).toMatchObject({
      hasPublicProfile: false,
      publicProfileConsentedAt: null,
    });
    expect(withdrawn.body.data?.updatePerson.person?.publicProfileWithdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(errorCodes(await publicView())).toEqual(['NOT_FOUND']);
  });

  it('refuses a withdrawal dated before the consent, changing nothing', async () => {
    const key = 'wurzen:moderator';
    const before = await stored(personId(key));
    const response = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: personId(key), publicProfileConsent: { given: false, at: '2001-01-01T00:00:00Z' } } },
      { token: await tokens.member(key) },
    );
    expect(response.body.data?.updatePerson.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    expect(await stored(personId(key))).toEqual(before);
  });

  it("refuses to change someone else's profile for members, partners and anonymous callers", async () => {
    const id = personId('chiemgau:participant-2');
    const before = await stored(id);
    for (const token of [await tokens.member('chiemgau:participant-1'), await tokens.partner(), undefined]) {
      const response = await query(
        updatePerson,
        { input: { personId: id, displayName: 'Übernommen' } },
        token
          ? {
              token,
            }
          : {},
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await stored(id)).toEqual(before);
  });

  it("lets a regional team correct names in its own region, but not contact data, consent or other regions' people", async () => {
    const team = await tokens.team('chiemgau');
    const id = personId('chiemgau:participant-3');
    const names = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: id, displayName: 'Marie-Luise Wagner', sector: 'SCIENCE' } },
      { token: team },
    );
    expect(names.body.data?.updatePerson).toMatchObject({
      person: { displayName: 'Marie-Luise Wagner' },
      userErrors: [],
    });
    expect((await stored(id))?.sector).toBe('science');

    const before = await stored(id);
    for (const input of [
      { personId: id, email: 'umgeleitet@example.org' },
      { personId: id, phone: null },
      { personId: id, publicProfileConsent: { given: true } },
      { personId: personId('wurzen:participant-3'), displayName: 'Fremde Region' },
    ]) {
      expect(errorCodes(await query(updatePerson, { input }, { token: team }))).toEqual(['FORBIDDEN']);
    }
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a taken address and an unknown person with userErrors', async () => {
    const staff = await tokens.staff();
    const id = personId('bern:contact');
    const taken = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: id, email: demoPerson('bern:moderator').email } },
      { token: staff },
    );
    expect(taken.body.data?.updatePerson.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    expect((await stored(id))?.email).toBe(demoPerson('bern:contact').email);

    const own = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: id, email: demoPerson('bern:contact').email.toUpperCase() } },
      { token: staff },
    );
    expect(own.body.data?.updatePerson.userErrors).toEqual([]);

    const unknown = await query<{ updatePerson: Payload }>(
      updatePerson,
      { input: { personId: '4d1f1d36-0000-4000-8000-000000000000', displayName: 'Niemand' } },
      { token: staff },
    );
    expect(unknown.body.data?.updatePerson.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
