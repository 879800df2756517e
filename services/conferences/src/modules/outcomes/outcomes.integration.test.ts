import {
  conferenceId,
  demoOutcomes,
  firstConferenceKey,
  organizationId,
  outcomeId,
  personId,
  regionId,
} from '@mitmach/demo-network';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outcomes } from '../../db/schema';
import { clients, dateFromToday, germanDay } from '../../testing/fixtures';
import { startConferences } from '../../testing/start-conferences';

const { platform } = await startForFile(startConferences);
const api = clients(platform);
const staff = await api.staffToken();

const record = `mutation($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) {
    outcome { id kind title fieldsOfAction { slug } sdgs { number } responsiblePeople { id } partnerOrganizations { id } nextSteps conference { id } }
    userErrors { field message code }
  }
}`;

interface RecordData {
  recordOutcome: {
    outcome: { id: string; kind: string; sdgs: { number: number }[]; conference: { id: string } } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

async function outcomeCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(outcomes);
  return row?.value ?? -1;
}

const pustertal = conferenceId(firstConferenceKey('pustertal'));

const outcome = (overrides: Record<string, unknown> = {}) => ({
  conferenceId: pustertal,
  kind: 'PROJECT',
  title: 'Dorfcarsharing im Tauferer Ahrntal',
  description: 'Drei Gemeinden teilen sich zwei E-Autos, gebucht über eine gemeinsame Plattform.',
  fieldsOfAction: ['mobility', 'energy'],
  sdgs: [7, 11, 13],
  responsiblePersonIds: [personId('pustertal:member-2')],
  partnerOrganizationIds: [organizationId('pustertal:municipality')],
  nextSteps: 'Standorte der Ladesäulen klären.',
  ...overrides,
});

describe('outcomes', () => {
  it('shows the outcomes the demo network tells of, with the ids other services use', async () => {
    const story = demoOutcomes.find((candidate) => candidate.key === 'bodensee-oberschwaben:gemeinschaftsverpflegung');
    const response = await api.query<{
      outcome: {
        title: string;
        kind: string;
        conference: { id: string };
        sdgs: { number: number }[];
        responsiblePeople: { id: string }[];
      };
    }>(
      'query($id: UUID!) { outcome(id: $id) { title kind conference { id } sdgs { number } responsiblePeople { id } } }',
      { id: outcomeId('bodensee-oberschwaben:gemeinschaftsverpflegung') },
    );
    expect(response.body.data?.outcome).toEqual({
      title: story?.title,
      kind: 'ACTION',
      conference: { id: conferenceId(firstConferenceKey('bodensee-oberschwaben')) },
      sdgs: [{ number: 2 }, { number: 3 }, { number: 12 }],
      responsiblePeople: story?.responsiblePersonKeys.map((key) => ({ id: personId(key) })),
    });
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    const list = await api.query<{
      conference: { outcomes: { totalCount: number; edges: { node: { id: string } }[] } };
    }>('query($id: UUID!) { conference(id: $id) { outcomes(first: 10) { totalCount edges { node { id } } } } }', {
      id: pustertal,
    });
    expect(list.body.data?.conference.outcomes.edges.map((edge) => edge.node.id)).toContain(
      outcomeId('pustertal:mitfahrbankerl'),
    );
  });

  it('resolves Outcome references in one batch for other subgraphs', async () => {
    const keys = demoOutcomes.map((candidate) => candidate.key);
    const response = await platform.subgraphClient('conferences')<{ _entities: { id: string; title: string }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Outcome { id title } } }',
      { r: keys.map((key) => ({ __typename: 'Outcome', id: outcomeId(key) })) },
    );
    expect(response.body.data?._entities.map((entity) => entity.id)).toEqual(keys.map(outcomeId));
  });

  it('lets the region\u2019s team record an outcome of its documented conference', async () => {
    const team = await api.teamToken(regionId('pustertal'));
    const response = await api.query<RecordData>(record, { input: outcome() }, { token: team });
    expect(response.body.data?.recordOutcome.userErrors).toEqual([]);
    expect(response.body.data?.recordOutcome.outcome).toMatchObject({
      kind: 'PROJECT',
      sdgs: [{ number: 7 }, { number: 11 }, { number: 13 }],
      conference: { id: pustertal },
    });
  });

  it('refuses outcomes before the conference is HELD, and bad fields, writing nothing', async () => {
    const before = await outcomeCount();
    const open = await api.openConference(regionId('pustertal'), { days: [germanDay(dateFromToday(20))] });
    const early = await api.query<RecordData>(record, { input: outcome({ conferenceId: open }) }, { token: staff });
    expect(early.body.data?.recordOutcome.userErrors.map((error) => error.code)).toEqual(['CONFERENCE_NOT_HELD']);
    const bad = await api.query<RecordData>(
      record,
      {
        input: outcome({
          title: '',
          sdgs: [0, 18],
          fieldsOfAction: ['Mobilität'],
          responsiblePersonIds: [personId('a'), personId('a')],
        }),
      },
      { token: staff },
    );
    expect(bad.body.data?.recordOutcome.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.title', 'INVALID'],
      ['input.fieldsOfAction', 'UNKNOWN_FIELD_OF_ACTION'],
      ['input.sdgs', 'UNKNOWN_SDG'],
      ['input.responsiblePersonIds', 'DUPLICATE'],
    ]);
    expect(await outcomeCount()).toBe(before);
  });

  it('refuses callers who may not manage the region with FORBIDDEN', async () => {
    const before = await outcomeCount();
    for (const token of [
      undefined,
      await api.teamToken(regionId('bozen')),
      await api.memberToken(personId('pustertal:member-2')),
    ]) {
      expect(errorCodes(await api.query(record, { input: outcome() }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await outcomeCount()).toBe(before);
  });
});
