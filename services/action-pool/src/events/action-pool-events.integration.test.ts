import { actionId, regionId } from '@mitmach/demo-network';
import { contracts, type EventContract } from '@mitmach/events';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actions, adoptions, outbox } from '../db/schema';
import { startActionPool } from '../testing/start-action-pool';

const { platform, query, staff } = await startForFile(startActionPool, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});
const wurzenTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000002',
  regionIds: [regionId('wurzen')],
});
const kasselTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000003',
  regionIds: [regionId('kassel')],
});

/** The outbox rows of one event version; a name may have several (action-pool.adoption-changed v1 and v2). */
function eventsOf(contract: EventContract, aggregateId?: string) {
  const ofContract = and(eq(outbox.name, contract.name), eq(outbox.version, contract.version));
  return platform.db
    .select()
    .from(outbox)
    .where(aggregateId ? and(ofContract, eq(outbox.aggregateId, aggregateId)) : ofContract)
    .orderBy(asc(outbox.position));
}

async function outboxSize(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(outbox);
  return row?.value ?? -1;
}

interface Payload<Node> {
  userErrors: { field: string[]; code: string }[];
  node: Node | null;
}

async function mutate<Node>(field: string, document: string, input: Record<string, unknown>, token?: string) {
  const response = await query<Record<string, Record<string, unknown>>>(document, { input }, { token });
  const payload = response.body.data?.[field];
  return {
    response,
    payload: payload
      ? ({ userErrors: payload.userErrors, node: payload.action ?? payload.adoption ?? null } as Payload<Node>)
      : null,
  };
}

const createAction = `mutation($input: CreateActionInput!) {
  createAction(input: $input) { action { id } userErrors { field code } } }`;
const changeStatus = `mutation($input: ChangeActionStatusInput!) {
  changeActionStatus(input: $input) { action { id status publishedAt } userErrors { field code } } }`;
const adoptAction = `mutation($input: AdoptActionInput!) {
  adoptAction(input: $input) { adoption { id status } userErrors { field code } } }`;
const updateAdoption = `mutation($input: UpdateAdoptionInput!) {
  updateAdoption(input: $input) { adoption { id status completedOn } userErrors { field code } } }`;

const steps = [
  { title: 'Turnhalle reservieren', description: 'Reservieren Sie die Halle für einen Samstag im März.' },
  { title: 'Helfer:innen finden', description: 'Gewinnen Sie zehn Eltern, die beim Sortieren helfen.' },
];

async function draftAction(): Promise<string> {
  const { payload } = await mutate<{ id: string }>(
    'createAction',
    createAction,
    {
      title: 'Tauschbörse für Kinderkleidung',
      summary: 'Eltern tauschen zweimal im Jahr gut erhaltene Kinderkleidung in der Turnhalle.',
      description:
        'Eine Tauschbörse im Frühjahr und im Herbst: Eltern bringen, was ihren Kindern zu klein geworden ist, und nehmen mit, was passt.',
      impact: 'Jedes getauschte Kleidungsstück spart Wasser, Energie und Geld für Familien.',
      effort: { level: 'LOW', durationWeeks: 6 },
      cost: { minEur: 0, maxEur: 300 },
      steps,
      targetGroups: ['Familien'],
      fieldsOfAction: ['social-cohesion', 'economy'],
      sdgs: [12, 1],
      originRegionId: regionId('wurzen'),
      originCountry: 'DE',
    },
    staff,
  );
  expect(payload?.userErrors).toEqual([]);
  return payload?.node?.id as string;
}

async function moveTo(id: string, status: string, token = staff) {
  return mutate<{ id: string; status: string; publishedAt: string | null }>(
    'changeActionStatus',
    changeStatus,
    { actionId: id, status },
    token,
  );
}

describe('action-pool.action-published', () => {
  it('is written by the seed for every seeded action that went public', async () => {
    const [published] = await platform.db
      .select({ value: count() })
      .from(actions)
      .where(isNotNull(actions.publishedAt));
    const events = await eventsOf(contracts.actionPublished);
    expect(events.length).toBe(published?.value);
    expect(events.length).toBeGreaterThan(10);
    const solawi = events.find((event) => event.aggregateId === actionId('solawi'));
    expect(solawi?.payload).toEqual({
      actionId: actionId('solawi'),
      title: expect.any(String),
      originRegionId: regionId('odenwaldkreis'),
      country: 'DE',
      fieldsOfAction: ['agriculture-food'],
      sdgs: expect.any(Array),
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT12:00:00\.000Z$/),
    });
    expect(solawi?.occurredAt.toISOString()).toBe(
      (solawi?.payload as { publishedAt?: string } | undefined)?.publishedAt,
    );
  });

  it('is written once when staff publish an action, with the stored origin and tags', async () => {
    const id = await draftAction();
    await moveTo(id, 'IN_REVIEW');
    expect(await eventsOf(contracts.actionPublished, id)).toEqual([]);

    const { payload } = await moveTo(id, 'PUBLISHED');
    expect(payload?.node?.status).toBe('PUBLISHED');
    const events = await eventsOf(contracts.actionPublished, id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ version: 1, topic: 'action-pool.action.v1', aggregateType: 'action' });
    expect(events[0]?.payload).toEqual({
      actionId: id,
      title: 'Tauschbörse für Kinderkleidung',
      originRegionId: regionId('wurzen'),
      country: 'DE',
      fieldsOfAction: ['social-cohesion', 'economy'],
      sdgs: [1, 12],
      publishedAt: new Date(payload?.node?.publishedAt as string).toISOString(),
    });

    await moveTo(id, 'ARCHIVED');
    expect(await eventsOf(contracts.actionPublished, id)).toHaveLength(1);
  });

  it('is not written when publishing is refused', async () => {
    const id = await draftAction();
    const before = await outboxSize();
    const illegal = await moveTo(id, 'PUBLISHED');
    expect(illegal.payload?.userErrors.map((error) => error.code)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await outboxSize()).toBe(before);
    // The move to review writes its own change event; the refused publication then writes nothing.
    await moveTo(id, 'IN_REVIEW', wurzenTeam);
    const inReview = await outboxSize();
    expect(errorCodes((await moveTo(id, 'PUBLISHED', wurzenTeam)).response)).toEqual(['FORBIDDEN']);
    expect(await outboxSize()).toBe(inReview);
  });

  it('rolls the publication back when the event would break its contract', async () => {
    const id = await draftAction();
    await moveTo(id, 'IN_REVIEW');
    // An empty slug passes the table's checks but not the contract.
    await platform.db
      .update(actions)
      .set({ fieldSlugs: [''] })
      .where(eq(actions.id, id));
    const before = await outboxSize();
    const { response } = await moveTo(id, 'PUBLISHED');
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    const [row] = await platform.db.select({ status: actions.status }).from(actions).where(eq(actions.id, id));
    expect(row?.status).toBe('in_review');
    expect(await outboxSize()).toBe(before);
  });
});

describe('action-pool.adoption-changed', () => {
  it('is written by the seed for every seeded adoption, without a country', async () => {
    const [seeded] = await platform.db.select({ value: count() }).from(adoptions);
    const events = await eventsOf(contracts.adoptionChanged);
    expect(events.length).toBe(seeded?.value);
    for (const event of events) {
      expect(Object.keys(event.payload as object).sort()).toEqual([
        'actionId',
        'adoptionId',
        'changedAt',
        'completedOn',
        'regionId',
        'startedOn',
        'status',
      ]);
    }
    const implemented = events.find((event) => (event.payload as { status: string }).status === 'implemented');
    expect((implemented?.payload as { completedOn?: string | null } | undefined)?.completedOn).toMatch(
      /^\d{4}-\d\d-\d\d$/,
    );
  });

  it('is written when a region adopts an action and whenever its status or dates change', async () => {
    const adopted = await mutate<{ id: string; status: string }>(
      'adoptAction',
      adoptAction,
      { actionId: actionId('buergerbus'), regionId: regionId('kassel'), startedOn: '2026-02-01' },
      kasselTeam,
    );
    expect(adopted.payload?.userErrors).toEqual([]);
    const id = adopted.payload?.node?.id as string;
    const payloads = async () =>
      (await eventsOf(contracts.adoptionChanged, id)).map((event) => event.payload as Record<string, unknown>);
    expect(await payloads()).toEqual([
      {
        adoptionId: id,
        actionId: actionId('buergerbus'),
        regionId: regionId('kassel'),
        status: 'planned',
        startedOn: '2026-02-01',
        completedOn: null,
        changedAt: expect.any(String),
      },
    ]);

    const update = (input: Record<string, unknown>) =>
      mutate<{ status: string }>('updateAdoption', updateAdoption, { adoptionId: id, ...input }, kasselTeam);
    expect((await update({ note: 'Nur eine Notiz' })).payload?.userErrors).toEqual([]);
    expect(await payloads()).toHaveLength(1);

    await update({ status: 'IN_PROGRESS' });
    await update({ status: 'IMPLEMENTED', completedOn: '2026-05-30' });
    const written = await payloads();
    expect(written.map((payload) => [payload.status, payload.completedOn])).toEqual([
      ['planned', null],
      ['in_progress', null],
      ['implemented', '2026-05-30'],
    ]);

    const illegal = await update({ status: 'IN_PROGRESS' });
    expect(illegal.payload?.userErrors.map((error) => error.code)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await payloads()).toHaveLength(3);
  });

  it('is not written when an adoption is refused', async () => {
    const before = await outboxSize();
    const unpublished = await mutate(
      'adoptAction',
      adoptAction,
      { actionId: actionId('lebensmittelretten'), regionId: regionId('kassel') },
      staff,
    );
    expect(unpublished.payload?.userErrors.map((error) => error.code)).toEqual(['NOT_PUBLISHED']);
    const foreign = await mutate(
      'adoptAction',
      adoptAction,
      { actionId: actionId('buergerbus'), regionId: regionId('wurzen') },
      kasselTeam,
    );
    expect(errorCodes(foreign.response)).toEqual(['FORBIDDEN']);
    expect(await outboxSize()).toBe(before);
  });
});
