import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { actionStatusChanges, actions } from '../db/schema';
import { limits } from '../modules/actions/action-input';
import { actionCreated } from './change-events';

type OutcomeRecorded = PayloadOf<typeof contracts.outcomeRecorded>;

const kindLabels: Record<OutcomeRecorded['kind'], string> = {
  idea: 'Idee',
  project: 'Projekt',
  action: 'Maßnahme',
  cooperation: 'Kooperation',
};

/** Cuts a text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const atWord = space > max / 2 ? cut.slice(0, space) : cut;
  return `${atWord.replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The draft's summary: the outcome's description when it is long enough to be one, else a sentence naming what came
 * out of the conference, so that the draft meets the pool's minimum length until staff write it up.
 */
export function draftSummary(outcome: Pick<OutcomeRecorded, 'kind' | 'title' | 'description'>): string {
  const [min, max] = limits.summary;
  const description = outcome.description.trim().replace(/\s+/g, ' ');
  if (description.length >= min) return shorten(description, max);
  const title = outcome.title.trim();
  const lead = `${kindLabels[outcome.kind]} aus einer Konferenz der Region: ${title}${/[.!?]$/.test(title) ? '' : '.'}`;
  return shorten(description ? `${lead} ${description}` : lead, max);
}

/** The draft action an outcome becomes, for staff to review and complete (impact, effort, cost, steps). */
export function draftFromOutcome(outcome: OutcomeRecorded): typeof actions.$inferInsert {
  const summary = draftSummary(outcome);
  const description = outcome.description.trim();
  return {
    title: outcome.title.trim(),
    summary,
    // A description too short for a summary is in the summary already, with what the outcome is.
    description: description.length >= limits.summary[0] ? description : summary,
    // Left for staff: the impact is empty until written (review needs it), effort and cost are rough defaults.
    impact: '',
    effortLevel: 'medium',
    durationWeeks: 12,
    costMinEur: 0,
    costMaxEur: 0,
    fieldSlugs: [...new Set(outcome.fieldsOfAction)],
    sdgs: [...new Set(outcome.sdgs)].sort((a, b) => a - b),
    originRegionId: outcome.regionId,
    originCountry: outcome.country,
    originConferenceId: outcome.conferenceId,
    originOutcomeId: outcome.outcomeId,
    status: 'draft',
    createdBy: null,
  };
}

/**
 * An outcome recorded at a conference becomes a draft action with its origin, for staff to review. An outcome that
 * already has an action (seeded, written up by hand or created before) is left alone: the unique origin outcome makes
 * that one statement, which keeps the flow from the conference to the pool fast.
 */
export async function onOutcomeRecorded(tx: Db, event: EventEnvelope<OutcomeRecorded>): Promise<void> {
  const [created] = await tx
    .insert(actions)
    .values(draftFromOutcome(event.payload))
    .onConflictDoNothing({ target: actions.originOutcomeId })
    .returning({ id: actions.id, status: actions.status, version: actions.version });
  if (!created) return;
  await actionCreated(tx, created);
  await tx.insert(actionStatusChanges).values({
    actionId: created.id,
    fromStatus: null,
    toStatus: 'draft',
    note: 'created from a conference outcome',
    changedBy: null,
  });
}
