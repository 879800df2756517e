import { actionId, outcomeId, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionStatusChanges, actionSteps, actions } from '../../db/schema';
import { startActionPool } from '../../testing/start-action-pool';

const { platform, query, staff } = await startForFile(startActionPool, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});
const wurzenTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000002',
  regionIds: [regionId('wurzen')],
});
const lindauTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000003',
  regionIds: [regionId('lindau')],
});

interface UserErrors {
  userErrors: { field: string[]; message: string; code: string }[];
}
interface ActionPayload extends UserErrors {
  action: {
    id: string;
    title: string;
    status: string;
    publishedAt: string | null;
    steps: { position: number; title: string }[];
    statusHistory: { from: string | null; to: string; note: string | null }[];
  } | null;
}

const actionFields = 'id title status publishedAt steps { position title } statusHistory { from to note }';
const createAction = `mutation($input: CreateActionInput!) {
  createAction(input: $input) { action { ${actionFields} } userErrors { field message code } }
}`;
const updateAction = `mutation($input: UpdateActionInput!) {
  updateAction(input: $input) { action { ${actionFields} } userErrors { field message code } }
}`;
const submitForReview = `mutation($input: SubmitActionForReviewInput!) {
  submitActionForReview(input: $input) { action { ${actionFields} } userErrors { field message code } }
}`;
const changeStatus = `mutation($input: ChangeActionStatusInput!) {
  changeActionStatus(input: $input) { action { ${actionFields} } userErrors { field message code } }
}`;

const newAction = (overrides: Record<string, unknown> = {}) => ({
  title: 'Tauschbörse für Kinderkleidung',
  summary: 'Eltern tauschen zweimal im Jahr gut erhaltene Kinderkleidung in der Turnhalle.',
  description:
    'Eine Tauschbörse im Frühjahr und im Herbst: Eltern bringen, was ihren Kindern zu klein geworden ist, und nehmen mit, was passt. Ehrenamtliche sortieren nach Größen, was übrig bleibt, geht an die Kleiderkammer.',
  impact: 'Jedes getauschte Kleidungsstück spart Wasser, Energie und Geld für Familien.',
  effort: { level: 'LOW', durationWeeks: 6 },
  cost: { minEur: 0, maxEur: 300 },
  steps: [],
  targetGroups: ['Familien', 'Kitas'],
  fieldsOfAction: ['economy', 'social-cohesion'],
  sdgs: [12, 1],
  originRegionId: regionId('wurzen'),
  originCountry: 'DE',
  ...overrides,
});

const steps = [
  {
    title: 'Turnhalle reservieren',
    description: 'Reservieren Sie die Halle für einen Samstag im März und im September.',
  },
  { title: 'Helfer:innen finden', description: 'Gewinnen Sie zehn Eltern, die beim Sortieren nach Größen helfen.' },
];

async function actionCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(actions);
  return row?.value ?? -1;
}

async function create(token: string, overrides: Record<string, unknown> = {}) {
  const response = await query<{ createAction: ActionPayload }>(
    createAction,
    { input: newAction(overrides) },
    { token },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.createAction as ActionPayload;
}

const codes = (payload: UserErrors | undefined) =>
  payload?.userErrors.map((error) => [error.field.join('.'), error.code]);

describe('creating actions', () => {
  it('lets the origin region’s team add a draft that the public does not see', async () => {
    const payload = await create(wurzenTeam, { steps });
    expect(payload.userErrors).toEqual([]);
    expect(payload.action?.status).toBe('DRAFT');
    expect(payload.action?.publishedAt).toBeNull();
    expect(payload.action?.steps).toEqual([
      { position: 1, title: 'Turnhalle reservieren' },
      { position: 2, title: 'Helfer:innen finden' },
    ]);
    expect(payload.action?.statusHistory).toEqual([{ from: null, to: 'DRAFT', note: 'created' }]);
    const publicView = await query('query($id: UUID!) { action(id: $id) { title } }', { id: payload.action?.id });
    expect(errorCodes(publicView)).toEqual(['NOT_FOUND']);
  });

  it('refuses anonymous callers, partners, members and other regions’ teams with FORBIDDEN, writing nothing', async () => {
    const before = await actionCount();
    const tokens = [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-000000000009' }),
      lindauTeam,
    ];
    for (const token of tokens) {
      expect(errorCodes(await query(createAction, { input: newAction() }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(await actionCount()).toBe(before);
  });

  it('reports every invalid field as a userError, writing nothing', async () => {
    const before = await actionCount();
    const payload = await create(staff, {
      title: 'Tsch',
      summary: 'Zu kurz.',
      effort: { level: 'HIGH', durationWeeks: 0 },
      cost: { minEur: 5000, maxEur: 1000 },
      steps: [{ title: 'A', description: 'Viel zu kurz' }],
      fieldsOfAction: ['food', 'space-travel'],
      sdgs: [0, 18],
      imageCredit: 'x'.repeat(201),
    });
    expect(payload.action).toBeNull();
    expect(codes(payload)).toEqual([
      ['input.title', 'INVALID'],
      ['input.summary', 'INVALID'],
      ['input.effort.durationWeeks', 'OUT_OF_RANGE'],
      ['input.cost.minEur', 'INVALID'],
      ['input.steps.0.title', 'INVALID'],
      ['input.fieldsOfAction', 'UNKNOWN_FIELD_OF_ACTION'],
      ['input.sdgs', 'UNKNOWN_SDG'],
      ['input.imageCredit', 'INVALID'],
    ]);
    expect(payload.userErrors[3]?.message).toBe('The minimum cost (5000 EUR) must not exceed the maximum (1000 EUR).');
    expect(await actionCount()).toBe(before);
  });

  it('needs at least one field of action', async () => {
    expect(codes(await create(staff, { fieldsOfAction: [] }))).toEqual([['input.fieldsOfAction', 'REQUIRED']]);
  });

  it('refuses an outcome that already became an action', async () => {
    const before = await actionCount();
    const payload = await create(staff, {
      originOutcomeId: outcomeId('bodensee-oberschwaben:gemeinschaftsverpflegung'),
    });
    expect(codes(payload)).toEqual([['input.originOutcomeId', 'TAKEN']]);
    expect(await actionCount()).toBe(before);
  });

  it('refuses a country outside the network with BAD_USER_INPUT', async () => {
    const response = await query(createAction, { input: newAction({ originCountry: 'FR' }) }, { token: staff });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the editorial workflow', () => {
  it('takes a draft through review to publication and into the archive', async () => {
    const created = (await create(wurzenTeam)).action;
    const id = created?.id as string;

    const incomplete = await query<{ submitActionForReview: ActionPayload }>(
      submitForReview,
      { input: { actionId: id } },
      { token: wurzenTeam },
    );
    expect(codes(incomplete.body.data?.submitActionForReview)).toEqual([['input.actionId', 'INCOMPLETE']]);

    const withSteps = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, steps } },
      { token: wurzenTeam },
    );
    expect(withSteps.body.data?.updateAction.action?.steps).toHaveLength(2);

    const submitted = await query<{ submitActionForReview: ActionPayload }>(
      submitForReview,
      { input: { actionId: id, note: 'Bitte prüfen' } },
      { token: wurzenTeam },
    );
    expect(submitted.body.data?.submitActionForReview.action?.status).toBe('IN_REVIEW');

    // In review, the team can neither edit nor publish.
    const lockedForTeam = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, title: 'Tauschbörse für Kinderkleidung und Spielzeug' } },
      { token: wurzenTeam },
    );
    expect(codes(lockedForTeam.body.data?.updateAction)).toEqual([['input.actionId', 'NOT_EDITABLE']]);
    expect(
      errorCodes(await query(changeStatus, { input: { actionId: id, status: 'PUBLISHED' } }, { token: wurzenTeam })),
    ).toEqual(['FORBIDDEN']);

    const backToDraft = await query<{ changeActionStatus: ActionPayload }>(
      changeStatus,
      { input: { actionId: id, status: 'DRAFT', note: 'Bitte Kosten ergänzen' } },
      { token: staff },
    );
    expect(backToDraft.body.data?.changeActionStatus.action?.status).toBe('DRAFT');
    await query(updateAction, { input: { actionId: id, cost: { minEur: 50, maxEur: 300 } } }, { token: wurzenTeam });
    await query(submitForReview, { input: { actionId: id } }, { token: wurzenTeam });

    const published = await query<{ changeActionStatus: ActionPayload }>(
      changeStatus,
      { input: { actionId: id, status: 'PUBLISHED' } },
      { token: staff },
    );
    const action = published.body.data?.changeActionStatus.action;
    expect(action?.status).toBe('PUBLISHED');
    expect(action?.publishedAt).not.toBeNull();
    expect(action?.statusHistory.map((change) => [change.from, change.to, change.note])).toEqual([
      [null, 'DRAFT', 'created'],
      ['DRAFT', 'IN_REVIEW', 'Bitte prüfen'],
      ['IN_REVIEW', 'DRAFT', 'Bitte Kosten ergänzen'],
      ['DRAFT', 'IN_REVIEW', null],
      ['IN_REVIEW', 'PUBLISHED', null],
    ]);
    const publicView = await query<{ action: { cost: { minEur: number } } }>(
      'query($id: UUID!) { action(id: $id) { cost { minEur } } }',
      { id },
    );
    expect(publicView.body.data?.action.cost.minEur).toBe(50);

    const illegal = await query<{ changeActionStatus: ActionPayload }>(
      changeStatus,
      { input: { actionId: id, status: 'DRAFT' } },
      { token: staff },
    );
    expect(illegal.body.data?.changeActionStatus.userErrors).toEqual([
      {
        field: ['input', 'status'],
        code: 'ILLEGAL_TRANSITION',
        message: 'An action cannot move from PUBLISHED to DRAFT.',
      },
    ]);

    const archived = await query<{ changeActionStatus: ActionPayload }>(
      changeStatus,
      { input: { actionId: id, status: 'ARCHIVED' } },
      { token: staff },
    );
    expect(archived.body.data?.changeActionStatus.action?.status).toBe('ARCHIVED');
    expect(errorCodes(await query('query($id: UUID!) { action(id: $id) { id } }', { id }))).toEqual(['NOT_FOUND']);
    const frozen = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, title: 'Noch ein neuer Titel' } },
      { token: staff },
    );
    expect(codes(frozen.body.data?.updateAction)).toEqual([['input.actionId', 'NOT_EDITABLE']]);
  });

  it('lets only staff publish, and refuses a skipped review with ILLEGAL_TRANSITION, leaving the status as it was', async () => {
    const id = (await create(staff, { steps }))?.action?.id as string;
    expect(errorCodes(await query(changeStatus, { input: { actionId: id, status: 'PUBLISHED' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const skipped = await query<{ changeActionStatus: ActionPayload }>(
      changeStatus,
      { input: { actionId: id, status: 'PUBLISHED' } },
      { token: staff },
    );
    expect(codes(skipped.body.data?.changeActionStatus)).toEqual([['input.status', 'ILLEGAL_TRANSITION']]);
    const [row] = await platform.db.select().from(actions).where(eq(actions.id, id));
    expect(row?.status).toBe('draft');
    const [history] = await platform.db
      .select({ value: count() })
      .from(actionStatusChanges)
      .where(eq(actionStatusChanges.actionId, id));
    expect(history?.value).toBe(1);
  });

  it('keeps another region’s team out of an action and reports unknown ids', async () => {
    const id = (await create(wurzenTeam))?.action?.id as string;
    expect(
      errorCodes(await query(updateAction, { input: { actionId: id, title: 'Fremder Titel' } }, { token: lindauTeam })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await query(submitForReview, { input: { actionId: id } }, { token: lindauTeam }))).toEqual([
      'FORBIDDEN',
    ]);
    const unknown = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: '00000000-0000-4000-8000-00000000dead', title: 'Irgendein Titel' } },
      { token: staff },
    );
    expect(codes(unknown.body.data?.updateAction)).toEqual([['input.actionId', 'NOT_FOUND']]);
  });
});

describe('updating actions', () => {
  it('lets staff correct a published action, keeps the search up to date, and writes nothing on bad input', async () => {
    const id = actionId('lastenrad');
    const renamed = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, title: 'Freie Lastenräder und Fahrradanhänger zum Ausleihen' } },
      { token: staff },
    );
    expect(renamed.body.data?.updateAction.action?.title).toBe('Freie Lastenräder und Fahrradanhänger zum Ausleihen');
    const found = await query<{ actions: { edges: { node: { id: string } }[] } }>(
      '{ actions(filter: {search: "Fahrradanhänger"}) { edges { node { id } } } }',
    );
    expect(found.body.data?.actions.edges.map((edge) => edge.node.id)).toEqual([id]);

    const [stepsBefore] = await platform.db
      .select({ value: count() })
      .from(actionSteps)
      .where(eq(actionSteps.actionId, id));
    const bad = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, steps: [], cost: { minEur: 900, maxEur: 100 } } },
      { token: staff },
    );
    expect(codes(bad.body.data?.updateAction)).toEqual([['input.cost.minEur', 'INVALID']]);
    const emptied = await query<{ updateAction: ActionPayload }>(
      updateAction,
      { input: { actionId: id, steps: [] } },
      { token: staff },
    );
    expect(codes(emptied.body.data?.updateAction)).toEqual([['input.steps', 'REQUIRED']]);
    const [row] = await platform.db.select().from(actions).where(eq(actions.id, id));
    expect([row?.costMinEur, row?.costMaxEur]).toEqual([4000, 12000]);
    const [stepsAfter] = await platform.db
      .select({ value: count() })
      .from(actionSteps)
      .where(eq(actionSteps.actionId, id));
    expect(stepsAfter?.value).toBe(stepsBefore?.value);
  });
});
