import type { Db } from '@mitmach/db';
import {
  actionId,
  conferenceId,
  type DemoAction,
  demoActions,
  demoOutcomes,
  organizationId,
  outcomeId,
  regionId,
  seedRegions,
} from '@mitmach/demo-network';
import { count } from 'drizzle-orm';
import { actionColumns, actionStatusChanges, actionSteps, actions, adoptions, type NewAction } from '../db/schema';
import { actionPublished, adoptionChanged } from '../events/action-pool-events';
import type { ActionContent } from './action-content';
import { outcomeActionContent } from './outcome-actions';
import { poolActions } from './pool-actions';

interface SeedAction {
  action: DemoAction;
  values: NewAction;
  content: ActionContent;
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

function countryOf(regionSlug: string): string {
  const region = seedRegions.find((candidate) => candidate.slug === regionSlug);
  if (!region) throw new Error(`unknown demo region ${regionSlug}`);
  return region.country;
}

function commonValues(action: DemoAction, content: ActionContent) {
  return {
    id: actionId(action.key),
    summary: content.summary,
    impact: content.impact,
    effortLevel: content.effort.level,
    durationWeeks: content.effort.durationWeeks,
    costMinEur: content.cost.minEur,
    costMaxEur: content.cost.maxEur,
    targetGroups: content.targetGroups,
    originRegionId: regionId(action.regionSlug),
    originCountry: countryOf(action.regionSlug),
    imageCredit: content.imageCredit,
    contactOrganizationId: organizationId(`${action.regionSlug}:team`),
    status: action.status,
    publishedAt: action.publishedOn ? noon(action.publishedOn) : null,
    createdAt: noon(content.createdOn),
    updatedAt: noon(action.publishedOn ?? content.createdOn),
  };
}

/** A conference outcome that became an action, written up for the pool. */
function fromOutcome(action: DemoAction, outcomeKey: string): SeedAction {
  const outcome = demoOutcomes.find((candidate) => candidate.key === outcomeKey);
  const content = outcomeActionContent[action.key];
  if (!outcome || !content) throw new Error(`no pool write-up for the demo action ${action.key}`);
  return {
    action,
    content,
    values: {
      ...commonValues(action, content),
      title: outcome.title,
      description: `${outcome.description} ${content.details}`,
      fieldSlugs: outcome.fieldsOfAction,
      sdgs: [...outcome.sdgs].sort((a, b) => a - b),
      originConferenceId: conferenceId(outcome.conferenceKey),
      originOutcomeId: outcomeId(outcome.key),
    },
  };
}

/** An action a region brought into the pool directly. */
function broughtIn(action: DemoAction): SeedAction {
  const content = poolActions.find((candidate) => candidate.key === action.key);
  if (!content) throw new Error(`no pool write-up for the demo action ${action.key}`);
  return {
    action,
    content,
    values: {
      ...commonValues(action, content),
      title: content.title,
      description: content.description,
      fieldSlugs: content.fieldsOfAction,
      sdgs: content.sdgs,
      originConferenceId: null,
      originOutcomeId: null,
    },
  };
}

/** The editorial path each seeded action took to its status: written, submitted a week before publishing, published. */
function historyOf({ action, content }: SeedAction): (typeof actionStatusChanges.$inferInsert)[] {
  const { createdOn } = content;
  const { publishedOn } = action;
  const step = (fromStatus: DemoAction['status'] | null, toStatus: DemoAction['status'], changedAt: Date) => ({
    actionId: actionId(action.key),
    fromStatus,
    toStatus,
    changedAt,
  });
  const published = publishedOn ? noon(publishedOn) : null;
  return [
    step(null, 'draft', noon(createdOn)),
    ...(action.status === 'draft'
      ? []
      : [step('draft', 'in_review', published ? new Date(published.getTime() - 7 * 86_400_000) : noon(createdOn))]),
    ...(published ? [step('in_review', 'published', published)] : []),
  ];
}

/** Loads the demo action pool once: a database that already has actions is left as it is. */
export async function seedDemoActions(db: Db): Promise<{ seeded: boolean; actions: number; adoptions: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ value: count() }).from(actions);
    if ((existing?.value ?? 0) > 0) return { seeded: false, actions: existing?.value ?? 0, adoptions: 0 };

    const seedActions = demoActions().map((action) =>
      action.outcomeKey ? fromOutcome(action, action.outcomeKey) : broughtIn(action),
    );
    const actionRows = await tx
      .insert(actions)
      .values(seedActions.map((action) => action.values))
      .returning(actionColumns);
    await tx.insert(actionSteps).values(
      seedActions.flatMap(({ action, content }) =>
        content.steps.map((step, index) => ({
          actionId: actionId(action.key),
          position: index + 1,
          title: step.title,
          description: step.description,
        })),
      ),
    );
    await tx.insert(actionStatusChanges).values(seedActions.flatMap(historyOf));
    const adoptionRows = seedActions.flatMap(({ action }) =>
      action.adoptions.map((adoption) => ({
        actionId: actionId(action.key),
        regionId: regionId(adoption.regionSlug),
        status: adoption.status,
        startedOn: adoption.startedOn,
        completedOn: adoption.completedOn,
        createdAt: noon(adoption.startedOn),
        updatedAt: noon(adoption.completedOn ?? adoption.startedOn),
      })),
    );
    const adoptionsMade = await tx.insert(adoptions).values(adoptionRows).returning();
    // The seeded history is published like any other, so that read models built from events see the same pool:
    // every action that went public (archived ones were public too) and every adoption in its current state.
    for (const action of actionRows) if (action.publishedAt) await actionPublished(tx, action);
    for (const adoption of adoptionsMade) await adoptionChanged(tx, adoption);
    return { seeded: true, actions: seedActions.length, adoptions: adoptionRows.length };
  });
}
