import { changeEventsOf, writerOf } from '@mitmach/events/testing';
import { graphqlClient, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationRounds, outbox, peerGroups, regions } from '../db/schema';
import { regionSeedId } from '../seed/seed';
import { type RunningRegions, startRegions } from '../testing/start-regions';

let platform: RunningRegions;
let query: ReturnType<typeof graphqlClient>;
let staff: string;
let changes: ReturnType<typeof changeEventsOf>;

beforeAll(async () => {
  platform = await startRegions();
  query = graphqlClient(platform.gatewayUrl);
  staff = await tokenFor(platform.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000000001' });
  changes = changeEventsOf(platform.db, outbox);
});
afterAll(() => platform?.stop());

/** Runs a mutation as staff and returns its payload and the change events it wrote. */
async function mutate<Payload>(document: string, input: Record<string, unknown>) {
  const mark = await changes.mark();
  const response = await query<Record<string, Payload>>(document, { input }, { token: staff });
  expect(response.body.errors).toBeUndefined();
  const payload = Object.values(response.body.data ?? {})[0] as Payload;
  return { payload, events: await changes.since(mark) };
}

const createRegion = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id version } userErrors { code } } }`;
const updateRegion = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { id version } userErrors { code } } }`;
const changeStatus = `mutation($input: ChangeRegionStatusInput!) { changeRegionStatus(input: $input) { region { id version } userErrors { code } } }`;

type RegionPayload = { region: { id: string; version: number } | null; userErrors: { code: string }[] };

const newRegion = (slug: string) => ({
  slug,
  name: `Region ${slug}`,
  kind: 'REGION',
  country: 'DE',
  subdivision: 'DE-HE',
  description: 'Eine Region, deren Team regionale Versorgung und Mobilität verbindet.',
  location: { lat: 50.01, lng: 8.0 },
  fieldsOfAction: ['agriculture-food', 'mobility'],
  sdgs: [2, 11],
});

async function addRegion(slug: string): Promise<string> {
  const { payload } = await mutate<RegionPayload>(createRegion, newRegion(slug));
  if (!payload.region) throw new Error(`region ${slug} was refused: ${JSON.stringify(payload.userErrors)}`);
  return payload.region.id;
}

describe('region change events', () => {
  it('writes one created event at version 1 in the transaction that inserted the region', async () => {
    const { payload, events } = await mutate<RegionPayload>(createRegion, newRegion('wetterau'));
    const id = payload.region?.id ?? '';
    expect(payload.region?.version).toBe(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'regions.region-changed',
      aggregateId: id,
      payload: { key: { id }, kind: 'created', public: true, version: 1 },
    });
    expect(events[0]?.payload.changedFields).toContain('description');
    expect(events[0]?.tx).toBe(await writerOf(platform.db, regions, regions.id, id));
  });

  it('names exactly the changed fields, raises the version once, and writes nothing for an edit that changes nothing', async () => {
    const id = await addRegion('probe-vogelsberg');
    const edit = {
      regionId: id,
      description: 'Vulkanlandschaft, in der das Team Energiegenossenschaften und Dorfläden vernetzt.',
      sdgs: [11, 2, 7],
      fieldsOfAction: ['mobility', 'agriculture-food'],
      name: 'Region probe-vogelsberg',
    };
    const first = await mutate<RegionPayload>(updateRegion, edit);
    expect(first.payload.region?.version).toBe(2);
    expect(first.events.map((event) => event.payload)).toEqual([
      { key: { id }, kind: 'updated', changedFields: ['description', 'sdgs'], public: true, version: 2 },
    ]);
    expect(first.events[0]?.tx).toBe(await writerOf(platform.db, regions, regions.id, id));

    const again = await mutate<RegionPayload>(updateRegion, edit);
    expect(again.payload.region?.version).toBe(2);
    expect(again.events).toEqual([]);
    const empty = await mutate<RegionPayload>(updateRegion, { regionId: id });
    expect(empty.events).toEqual([]);
  });

  it('writes a status_changed event with the status and nothing for a refused transition', async () => {
    const id = await addRegion('probe-odenwald');
    const moved = await mutate<RegionPayload>(changeStatus, { regionId: id, status: 'ACCEPTED' });
    expect(moved.events.map((event) => [event.name, event.payload])).toEqual([
      [
        'regions.region-changed',
        { key: { id }, kind: 'status_changed', changedFields: ['status'], public: true, version: 2 },
      ],
    ]);
    const refused = await mutate<RegionPayload>(changeStatus, { regionId: id, status: 'APPLIED' });
    expect(refused.payload.userErrors.map((error) => error.code)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.events).toEqual([]);
  });
});

describe('peer group change events', () => {
  const createGroup = `mutation($input: CreatePeerGroupInput!) { createPeerGroup(input: $input) { peerGroup { id version } userErrors { code } } }`;
  const updateGroup = `mutation($input: UpdatePeerGroupInput!) { updatePeerGroup(input: $input) { peerGroup { id version } userErrors { code } } }`;
  type GroupPayload = { peerGroup: { id: string; version: number } | null; userErrors: { code: string }[] };

  it('writes the group event and one event per region that joined or left, and none for an unchanged group', async () => {
    const members: string[] = [];
    for (let n = 0; n < 7; n += 1) members.push(await addRegion(`gruppe-${n}`));
    const created = await mutate<GroupPayload>(createGroup, {
      slug: 'hessen-sued',
      name: 'Hessen Süd',
      moderation: 'PROFESSIONAL',
      regionIds: members.slice(0, 6),
    });
    const groupId = created.payload.peerGroup?.id ?? '';
    expect(created.events.map((event) => [event.name, event.payload.kind, event.payload.changedFields])).toEqual([
      ['regions.peer-group-changed', 'created', ['slug', 'name', 'moderation', 'formedOn', 'regions']],
      ...members.slice(0, 6).map(() => ['regions.region-changed', 'updated', ['peerGroup']]),
    ]);
    expect(created.events[0]?.tx).toBe(await writerOf(platform.db, peerGroups, peerGroups.id, groupId));
    expect(new Set(created.events.slice(1).map((event) => event.aggregateId))).toEqual(new Set(members.slice(0, 6)));

    const renamed = await mutate<GroupPayload>(updateGroup, { peerGroupId: groupId, name: 'Hessen Süd-Ost' });
    expect(renamed.events.map((event) => event.payload)).toEqual([
      { key: { id: groupId }, kind: 'updated', changedFields: ['name'], public: true, version: 2 },
    ]);

    const swapped = await mutate<GroupPayload>(updateGroup, {
      peerGroupId: groupId,
      regionIds: [...members.slice(1, 6), members[6]],
      moderation: 'PROFESSIONAL',
    });
    expect(swapped.events.map((event) => [event.name, event.aggregateId, event.payload.changedFields])).toEqual([
      ['regions.peer-group-changed', groupId, ['regions']],
      ['regions.region-changed', members[0], ['peerGroup']],
      ['regions.region-changed', members[6], ['peerGroup']],
    ]);
    expect(swapped.events[2]?.payload.version).toBe(2);

    const same = await mutate<GroupPayload>(updateGroup, {
      peerGroupId: groupId,
      name: 'Hessen Süd-Ost',
      regionIds: [...members.slice(1, 7)].reverse(),
    });
    expect(same.payload.peerGroup?.version).toBe(3);
    expect(same.events).toEqual([]);
  });
});

describe('application round change events', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('writes created for a new round, applicationCount for an application, and status for an acceptance only', async () => {
    const opened = await mutate<{ applicationRound: { id: string } }>(
      `mutation($input: OpenApplicationRoundInput!) { openApplicationRound(input: $input) { applicationRound { id } userErrors { code } } }`,
      {
        slug: 'runde-test',
        title: 'Bewerbungsrunde Test',
        opensOn: inDays(-1),
        deadline: inDays(30),
        cohortStartsOn: inDays(60),
      },
    );
    const roundId = opened.payload.applicationRound.id;
    expect(opened.events.map((event) => [event.name, event.payload.kind, event.payload.version])).toEqual([
      ['regions.application-round-changed', 'created', 1],
    ]);
    expect(opened.events[0]?.tx).toBe(await writerOf(platform.db, applicationRounds, applicationRounds.id, roundId));

    const submit = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } userErrors { code } } }`;
    const decide = `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { application { id } userErrors { code } } }`;
    const motivation = 'Wir wollen die Zusammenarbeit der Sektoren in unserer Region stärken.';
    const accepting = await addRegion('bewerberin-a');
    const rejecting = await addRegion('bewerberin-b');
    const first = await mutate<{ application: { id: string } }>(submit, { roundId, regionId: accepting, motivation });
    expect(first.events.map((event) => event.payload)).toEqual([
      { key: { id: roundId }, kind: 'updated', changedFields: ['applicationCount'], public: true, version: 2 },
    ]);
    const second = await mutate<{ application: { id: string } }>(submit, { roundId, regionId: rejecting, motivation });

    const accepted = await mutate(decide, { applicationId: first.payload.application.id, decision: 'ACCEPTED' });
    expect(accepted.events.map((event) => [event.name, event.aggregateId, event.payload.kind])).toEqual([
      ['regions.region-changed', accepting, 'status_changed'],
    ]);
    const rejected = await mutate(decide, { applicationId: second.payload.application.id, decision: 'REJECTED' });
    expect(rejected.events).toEqual([]);
  });

  it('writes no change event for a funding entry, whose ledger is not public', async () => {
    const booked = await mutate(
      `mutation($input: RecordFundingEntryInput!) { recordFundingEntry(input: $input) { entry { id } userErrors { code } } }`,
      { regionId: regionSeedId('chiemgau'), kind: 'DEPOSIT', amountCents: 50000, note: 'Einlage' },
    );
    expect(booked.events).toEqual([]);
  });
});
