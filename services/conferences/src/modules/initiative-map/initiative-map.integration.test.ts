import { conferenceId, firstConferenceKey, organizationId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { initiativeMapEntries } from '../../db/schema';
import { clients } from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const { platform } = await startForFile(startConferences);
const api = clients(platform);
const staff = await api.staffToken();

const add = `mutation($input: AddInitiativeMapEntryInput!) {
  addInitiativeMapEntry(input: $input) {
    entry { id kind name note organization { id } fieldOfAction { slug } conference { id } }
    userErrors { field message code }
  }
}`;

interface AddData {
  addInitiativeMapEntry: {
    entry: {
      kind: string;
      name: string | null;
      organization: { id: string } | null;
      fieldOfAction: { slug: string } | null;
    } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

async function entriesOf(conference: string): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(initiativeMapEntries)
    .where(eq(initiativeMapEntries.conferenceId, conference));
  return row?.value ?? -1;
}

describe('the initiative map', () => {
  const chiemgau = conferenceId(firstConferenceKey('chiemgau'));

  it('is public, with known organisations and free names, filterable by kind', async () => {
    const map = await api.query<{
      conference: {
        initiativeMap: {
          totalCount: number;
          edges: { node: { kind: string; name: string | null; organization: { id: string } | null } }[];
        };
      };
    }>(
      `query($id: UUID!) { conference(id: $id) { initiativeMap(first: 100, filter: { kinds: [NEEDED] }) {
        totalCount edges { node { kind name organization { id } } } } } }`,
      { id: chiemgau },
    );
    expect(map.body.errors).toBeUndefined();
    const nodes = map.body.data?.conference.initiativeMap.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.kind).toBe('NEEDED');
    expect(nodes.map((node) => node.name)).toContain('Ernährungsrat Traunstein');
    const all = await api.query<{
      conference: { initiativeMap: { edges: { node: { organization: { id: string } | null } }[] } };
    }>(
      'query($id: UUID!) { conference(id: $id) { initiativeMap(first: 100) { edges { node { organization { id } } } } } }',
      { id: chiemgau },
    );
    expect(all.body.data?.conference.initiativeMap.edges.map((edge) => edge.node.organization?.id)).toContain(
      organizationId('chiemgau:team'),
    );
  });

  it('takes an entry with either an organisation or a free name from the region\u2019s team', async () => {
    const team = await api.teamToken(regionId('chiemgau'));
    const before = await entriesOf(chiemgau);
    const organisation = await api.query<AddData>(
      add,
      {
        input: {
          conferenceId: chiemgau,
          kind: 'NEEDS_SUPPORT',
          organizationId: organizationId('chiemgau:school'),
          fieldOfAction: 'social-cohesion',
          note: 'Sucht Paten für den Schulgarten.',
        },
      },
      { token: team },
    );
    expect(organisation.body.data?.addInitiativeMapEntry.entry).toMatchObject({
      kind: 'NEEDS_SUPPORT',
      name: null,
      organization: { id: organizationId('chiemgau:school') },
      fieldOfAction: { slug: 'social-cohesion' },
    });
    const named = await api.query<AddData>(
      add,
      { input: { conferenceId: chiemgau, kind: 'NEEDED', name: 'Tauschring Prien' } },
      { token: staff },
    );
    expect(named.body.data?.addInitiativeMapEntry.entry).toMatchObject({
      kind: 'NEEDED',
      name: 'Tauschring Prien',
      organization: null,
    });
    expect(await entriesOf(chiemgau)).toBe(before + 2);
  });

  it('refuses both or neither of organisation and name, and callers who may not manage the region', async () => {
    const before = await entriesOf(chiemgau);
    for (const input of [
      { conferenceId: chiemgau, kind: 'EXISTING' },
      {
        conferenceId: chiemgau,
        kind: 'EXISTING',
        name: 'Foodcoop',
        organizationId: organizationId('chiemgau:business'),
      },
    ]) {
      const response = await api.query<AddData>(add, { input }, { token: staff });
      expect(response.body.data?.addInitiativeMapEntry.userErrors).toEqual([
        {
          field: ['input', 'name'],
          code: 'INVALID',
          message: 'Give either a known organisation (organizationId) or a free name.',
        },
      ]);
    }
    for (const token of [undefined, await api.teamToken(regionId('wurzen'))]) {
      const response = await api.query(
        add,
        { input: { conferenceId: chiemgau, kind: 'EXISTING', name: 'Foodcoop' } },
        token ? { token } : {},
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await entriesOf(chiemgau)).toBe(before);
  });

  it('refuses entries for a cancelled conference', async () => {
    const id = await api.openConference(regionId('chiemgau'));
    await api.changeStatus(staff, id, 'CANCELLED');
    const response = await api.query<AddData>(
      add,
      { input: { conferenceId: id, kind: 'NEEDED', name: 'Carsharing' } },
      { token: staff },
    );
    expect(response.body.data?.addInitiativeMapEntry.userErrors.map((error) => error.code)).toEqual([
      'CONFERENCE_CANCELLED',
    ]);
    expect(await entriesOf(id)).toBe(0);
  });
});
