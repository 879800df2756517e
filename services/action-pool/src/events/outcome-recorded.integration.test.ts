import { randomUUID } from 'node:crypto';
import { actionId, conferenceId, firstConferenceKey, outcomeId, regionId } from '@mitmach/demo-network';
import { contracts, type EventTransport, type PayloadOf, type TransportRecord, topicOf, uuidV7 } from '@mitmach/events';
import { errorCodes, startFederation, startForFile } from '@mitmach/testkit';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { actionStatusChanges, actions, processedEvents } from '../db/schema';
import { actionPoolSubgraph } from '../subgraph';

const {
  platform: federation,
  query,
  staff,
} = await startForFile(() => startFederation({ subgraphs: [actionPoolSubgraph], events: true }), {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});

type Outcome = PayloadOf<typeof contracts.outcomeRecorded>;

// The first Mitmach-Konferenz in Chiemgau, where the (published) Repair-Café came from.
const chiemgauConference = conferenceId(firstConferenceKey('chiemgau'));

function outcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    outcomeId: randomUUID(),
    conferenceId: chiemgauConference,
    regionId: regionId('chiemgau'),
    country: 'DE',
    kind: 'project',
    title: 'Werkzeugbibliothek im Bürgerhaus',
    description:
      'Nachbar:innen leihen sich Bohrmaschine, Leiter und Gartengeräte aus einem gemeinsamen Bestand im Bürgerhaus.',
    fieldsOfAction: ['economy', 'social-cohesion'],
    sdgs: [12, 11],
    recordedAt: new Date().toISOString(),
    ...overrides,
  };
}

function recordOf(payload: Outcome, id = uuidV7()): TransportRecord {
  return {
    topic: topicOf(contracts.outcomeRecorded),
    key: payload.outcomeId,
    eventId: id,
    value: JSON.stringify({
      id,
      name: contracts.outcomeRecorded.name,
      version: 1,
      aggregateType: 'outcome',
      aggregateId: payload.outcomeId,
      occurredAt: payload.recordedAt,
      source: 'conferences',
      traceparent: null,
      payload,
    }),
  };
}

const transport = () => federation.transport as EventTransport;

function actionsOfOutcome(id: string) {
  return federation.db.select().from(actions).where(eq(actions.originOutcomeId, id));
}

/** The action pool's draft of an outcome, once the consumer has made it. */
function draftOf(outcomeId: string) {
  return vi.waitFor(
    async () => {
      const rows = await actionsOfOutcome(outcomeId);
      expect(rows).not.toEqual([]);
      return rows;
    },
    { timeout: 90_000, interval: 20 },
  );
}

async function processed(eventId: string): Promise<boolean> {
  const [row] = await federation.db
    .select({ value: count() })
    .from(processedEvents)
    .where(and(eq(processedEvents.consumerGroup, actionPoolSubgraph.name), eq(processedEvents.eventId, eventId)));
  return (row?.value ?? 0) > 0;
}

/** Waits until the consumer has applied an event published after everything before it on the topic. */
async function drain(): Promise<void> {
  const marker = recordOf(outcome());
  await transport().publish([marker]);
  await expect.poll(() => processed(marker.eventId), { timeout: 90_000, interval: 20 }).toBe(true);
}

const actionQuery = `query($id: UUID!) { action(id: $id) {
  id title summary description status originCountry originRegion { id } originOutcome { id }
  fieldsOfAction { slug } sdgs { number } steps { position } statusHistory { from to note }
  originConference { id resultingActions { id status } }
} }`;

interface ActionView {
  action: {
    id: string;
    status: string;
    originConference: { id: string; resultingActions: { id: string; status: string }[] };
  } & Record<string, unknown>;
}

describe('an outcome recorded at a conference', () => {
  it('becomes a draft action with its origin, listed among the conference’s resulting actions for staff', async () => {
    const recorded = outcome();
    await transport().publish([recordOf(recorded)]);
    // How fast it arrives is measured by `npm run bench:events`, not on a shared test machine.
    const [draft] = await draftOf(recorded.outcomeId);
    expect(draft).toBeDefined();

    const view = await query<ActionView>(actionQuery, { id: draft?.id }, { token: staff });
    expect(view.body.errors).toBeUndefined();
    expect(view.body.data?.action).toEqual({
      id: draft?.id,
      title: 'Werkzeugbibliothek im Bürgerhaus',
      summary: recorded.description,
      description: recorded.description,
      status: 'DRAFT',
      originCountry: 'DE',
      originRegion: { id: regionId('chiemgau') },
      originOutcome: { id: recorded.outcomeId },
      fieldsOfAction: [{ slug: 'economy' }, { slug: 'social-cohesion' }],
      sdgs: [{ number: 11 }, { number: 12 }],
      steps: [],
      statusHistory: [{ from: null, to: 'DRAFT', note: 'created from a conference outcome' }],
      originConference: {
        id: chiemgauConference,
        resultingActions: expect.arrayContaining([
          { id: draft?.id, status: 'DRAFT' },
          { id: actionId('repair-cafe'), status: 'PUBLISHED' },
        ]),
      },
    });

    // The public sees the conference's published actions only, as before.
    const publicView = await query<ActionView>(actionQuery, { id: actionId('repair-cafe') });
    expect(publicView.body.data?.action.originConference.resultingActions).toEqual([
      { id: actionId('repair-cafe'), status: 'PUBLISHED' },
    ]);
    expect(errorCodes(await query(actionQuery, { id: draft?.id }))).toEqual(['NOT_FOUND']);
  });

  it('makes one draft when the same event is delivered twice, or the outcome is reported again', async () => {
    const recorded = outcome();
    const record = recordOf(recorded);
    await transport().publish([record]);
    await transport().publish([record]);
    await transport().publish([recordOf(recorded)]);
    await drain();
    const rows = await actionsOfOutcome(recorded.outcomeId);
    expect(rows).toHaveLength(1);
    const history = await federation.db
      .select()
      .from(actionStatusChanges)
      .where(eq(actionStatusChanges.actionId, rows[0]?.id as string));
    expect(history).toHaveLength(1);
  });

  it('leaves an outcome alone that already became an action', async () => {
    const repairCafe = outcomeId('chiemgau:repair-cafe');
    const [before] = await actionsOfOutcome(repairCafe);
    const [all] = await federation.db.select({ value: count() }).from(actions);
    const record = recordOf(outcome({ outcomeId: repairCafe, title: 'Repair-Café in jeder Gemeinde' }));
    await transport().publish([record]);
    await expect.poll(() => processed(record.eventId), { timeout: 90_000, interval: 20 }).toBe(true);
    expect(await actionsOfOutcome(repairCafe)).toEqual([before]);
    expect(before?.id).toBe(actionId('repair-cafe'));
    const [after] = await federation.db.select({ value: count() }).from(actions);
    expect(after?.value).toBe(all?.value);
  });

  it('fills a summary for an outcome with a short description and keeps the draft out of review until complete', async () => {
    const recorded = outcome({ kind: 'idea', title: 'Straßenfest', description: 'Kurz.', fieldsOfAction: [] });
    await transport().publish([recordOf(recorded)]);
    const [draft] = await draftOf(recorded.outcomeId);
    expect(draft).toMatchObject({
      summary: 'Idee aus einer Konferenz der Region: Straßenfest. Kurz.',
      description: 'Idee aus einer Konferenz der Region: Straßenfest. Kurz.',
      impact: '',
      fieldSlugs: [],
      status: 'draft',
      originCountry: 'DE',
      originConferenceId: chiemgauConference,
    });

    const submit = (input: Record<string, unknown>) =>
      query<{ submitActionForReview: { userErrors: { code: string; message: string }[] } }>(
        'mutation($input: SubmitActionForReviewInput!) { submitActionForReview(input: $input) { userErrors { code message } } }',
        { input },
        { token: staff },
      );
    const steps = [{ title: 'Straße auswählen', description: 'Suchen Sie mit der Stadt eine ruhige Straße aus.' }];
    const updated = await query(
      'mutation($input: UpdateActionInput!) { updateAction(input: $input) { userErrors { code } } }',
      { input: { actionId: draft?.id, steps } },
      { token: staff },
    );
    expect(updated.body.data).toEqual({ updateAction: { userErrors: [] } });
    const incomplete = await submit({ actionId: draft?.id });
    expect(incomplete.body.data?.submitActionForReview.userErrors).toEqual([
      {
        code: 'INCOMPLETE',
        message:
          'The action is not complete enough to be reviewed or published: The impact must have 20 to 2000 characters, it has 0. Name at least one field of action.',
      },
    ]);
  });

  it('parks an event that breaks its contract as a dead letter that staff can list and replay', async () => {
    const record = recordOf({ ...outcome(), country: 'FR' } as unknown as Outcome);
    await transport().publish([record]);
    type Letters = { actionPoolEventDeadLetters: { id: string; eventId: string; eventName: string; error: string }[] };
    const letters = await vi.waitFor(
      async () => {
        const response = await query<Letters>(
          '{ actionPoolEventDeadLetters { id eventId eventName error } }',
          {},
          {
            token: staff,
          },
        );
        expect(response.body.data?.actionPoolEventDeadLetters).not.toEqual([]);
        return response;
      },
      { timeout: 90_000, interval: 20 },
    );
    const [letter] = letters.body.data?.actionPoolEventDeadLetters ?? [];
    expect(letter).toMatchObject({ eventId: record.eventId, eventName: null, error: expect.stringMatching(/country/) });

    expect(errorCodes(await query('{ actionPoolEventDeadLetters { id } }'))).toEqual(['FORBIDDEN']);
    const replayMutation =
      'mutation($id: UUID!) { replayActionPoolEventDeadLetter(input: { id: $id }) { applied error userErrors { code } } }';
    expect(errorCodes(await query(replayMutation, { id: letter?.id }))).toEqual(['FORBIDDEN']);
    const replay = await query<{ replayActionPoolEventDeadLetter: { applied: boolean; error: string } }>(
      replayMutation,
      { id: letter?.id },
      { token: staff },
    );
    expect(replay.body.data?.replayActionPoolEventDeadLetter).toMatchObject({ applied: false, userErrors: [] });
    expect(replay.body.data?.replayActionPoolEventDeadLetter.error).toMatch(/country/);
  });
});
