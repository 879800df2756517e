import { randomUUID } from 'node:crypto';
import { conferenceId, firstConferenceKey, regionId } from '@mitmach/demo-network';
import { contracts, uuidV7 } from '@mitmach/events';
import { changeEventsOf, writerOf } from '@mitmach/events/testing';
import { graphqlClient, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, adoptions, outbox } from '../db/schema';
import { type RunningActionPool, startActionPool } from '../testing/start-action-pool';
import { onOutcomeRecorded } from './outcome-recorded.handler';

let platform: RunningActionPool;
let query: ReturnType<typeof graphqlClient>;
let staff: string;
let changes: ReturnType<typeof changeEventsOf>;

beforeAll(async () => {
  platform = await startActionPool();
  query = graphqlClient(platform.gatewayUrl);
  staff = await tokenFor(platform.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000000001' });
  changes = changeEventsOf(platform.db, outbox);
});
afterAll(() => platform?.stop());

async function mutate<Payload = Record<string, unknown>>(document: string, input: Record<string, unknown>) {
  const mark = await changes.mark();
  const response = await query<Record<string, Payload>>(document, { input }, { token: staff });
  expect(response.body.errors).toBeUndefined();
  const payload = Object.values(response.body.data ?? {})[0] as Payload;
  return { payload, events: await changes.since(mark) };
}

const summary = (events: Awaited<ReturnType<typeof changes.since>>) =>
  events.map((event) => [event.name, event.payload.kind, event.payload.changedFields, event.payload.public]);

type ActionPayload = { action: { id: string; version: number } | null; userErrors: { code: string }[] };
const create = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id version } userErrors { code } } }`;
const update = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id version updatedAt } userErrors { code } } }`;
const submit = `mutation($input: SubmitActionForReviewInput!) { submitActionForReview(input: $input) { action { id version } userErrors { code } } }`;
const status = `mutation($input: ChangeActionStatusInput!) { changeActionStatus(input: $input) { action { id version } userErrors { code } } }`;
const adopt = `mutation($input: AdoptActionInput!) { adoptAction(input: $input) { adoption { id version } userErrors { code } } }`;
const updateAdoption = `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { id version } userErrors { code } } }`;

const steps = [{ title: 'Halle reservieren', description: 'Reservieren Sie die Halle für einen Samstag im März.' }];
const newAction = {
  title: 'Tauschbörse für Spielzeug',
  summary: 'Eltern tauschen zweimal im Jahr gut erhaltenes Spielzeug in der Turnhalle.',
  description:
    'Eine Tauschbörse im Frühjahr und im Herbst: Eltern bringen, womit ihre Kinder nicht mehr spielen, und nehmen mit, was gefällt.',
  impact: 'Jedes getauschte Spielzeug spart Rohstoffe und Geld für Familien.',
  effort: { level: 'LOW', durationWeeks: 6 },
  cost: { minEur: 0, maxEur: 300 },
  steps,
  targetGroups: ['Familien'],
  fieldsOfAction: ['economy'],
  sdgs: [12],
  originRegionId: regionId('wurzen'),
  originCountry: 'DE',
};

describe('action change events', () => {
  it('writes one event per change, public only once published, a withdrawal when archived, none for a no-op edit', async () => {
    const created = await mutate<ActionPayload>(create, newAction);
    const id = created.payload.action?.id ?? '';
    expect(summary(created.events)).toEqual([
      ['action-pool.action-changed', 'created', contracts.actionChanged.fields, false],
    ]);
    expect(created.events[0]?.tx).toBe(await writerOf(platform.db, actions, actions.id, id));

    const edited = await mutate<ActionPayload & { action: { updatedAt: string } }>(update, {
      actionId: id,
      title: 'Tauschbörse für Spielzeug',
      impact: 'Jedes getauschte Spielzeug spart Rohstoffe, Geld und Wege für Familien.',
      steps: [
        ...steps,
        { title: 'Helfer:innen finden', description: 'Gewinnen Sie zehn Eltern, die beim Sortieren helfen.' },
      ],
    });
    expect(summary(edited.events)).toEqual([['action-pool.action-changed', 'updated', ['impact', 'steps'], false]]);
    expect(edited.payload.action?.version).toBe(2);
    expect(edited.events[0]?.tx).toBe(await writerOf(platform.db, actions, actions.id, id));

    const same = await mutate<ActionPayload & { action: { updatedAt: string } }>(update, {
      actionId: id,
      title: 'Tauschbörse für Spielzeug',
      sdgs: [12],
    });
    expect(same.events).toEqual([]);
    expect(same.payload.action?.version).toBe(2);
    expect(same.payload.action?.updatedAt).toBe(edited.payload.action?.updatedAt);

    const submitted = await mutate<ActionPayload>(submit, { actionId: id });
    expect(summary(submitted.events)).toEqual([['action-pool.action-changed', 'status_changed', ['status'], false]]);
    const published = await mutate<ActionPayload>(status, { actionId: id, status: 'PUBLISHED' });
    expect(summary(published.events)).toEqual([
      ['action-pool.action-changed', 'status_changed', ['status', 'publishedAt'], true],
    ]);
    expect(published.events[0]?.payload.version).toBe(4);

    const adopted = await mutate<{ adoption: { id: string; version: number } }>(adopt, {
      actionId: id,
      regionId: regionId('lindau'),
    });
    const adoptionId = adopted.payload.adoption.id;
    expect(adopted.events.map((event) => [event.name, event.payload.key, event.payload.kind])).toEqual([
      ['action-pool.adoption-changed', { id: adoptionId, actionId: id, regionId: regionId('lindau') }, 'created'],
    ]);
    expect(adopted.events[0]?.tx).toBe(await writerOf(platform.db, adoptions, adoptions.id, adoptionId));
    const noted = await mutate(updateAdoption, { adoptionId, note: 'Erster Termin im Mai.' });
    expect(summary(noted.events)).toEqual([['action-pool.adoption-changed', 'updated', ['note'], true]]);
    const started = await mutate(updateAdoption, { adoptionId, status: 'IN_PROGRESS', note: 'Erster Termin im Mai.' });
    expect(summary(started.events)).toEqual([['action-pool.adoption-changed', 'status_changed', ['status'], true]]);
    expect(started.events[0]?.payload.version).toBe(3);
    const unchanged = await mutate(updateAdoption, { adoptionId, status: 'IN_PROGRESS' });
    expect(unchanged.events).toEqual([]);

    const archived = await mutate<ActionPayload>(status, { actionId: id, status: 'ARCHIVED' });
    expect(summary(archived.events)).toEqual([['action-pool.action-changed', 'withdrawn', ['status'], false]]);
  });

  it('writes a created draft, not public, for an action made from a conference outcome', async () => {
    const outcomeId = randomUUID();
    const mark = await changes.mark();
    await platform.db.transaction((tx) =>
      onOutcomeRecorded(tx, {
        id: uuidV7(),
        name: contracts.outcomeRecorded.name,
        version: 1,
        aggregateType: 'outcome',
        aggregateId: outcomeId,
        occurredAt: new Date().toISOString(),
        source: 'conferences',
        traceparent: null,
        payload: {
          outcomeId,
          conferenceId: conferenceId(firstConferenceKey('chiemgau')),
          regionId: regionId('chiemgau'),
          country: 'DE',
          kind: 'project',
          title: 'Werkzeugbibliothek im Bürgerhaus',
          description: 'Nachbar:innen leihen sich Werkzeug aus einem gemeinsamen Bestand im Bürgerhaus.',
          fieldsOfAction: ['economy'],
          sdgs: [12],
          recordedAt: new Date().toISOString(),
        },
      }),
    );
    const events = await changes.since(mark);
    expect(summary(events)).toEqual([['action-pool.action-changed', 'created', contracts.actionChanged.fields, false]]);
  });
});
