import type { Db } from '@mitmach/db';
import {
  actionId,
  conferenceId,
  type DemoAdoption,
  demoOutcomes,
  organizationId,
  outcomeId,
  regionId,
  seedRegions,
} from '@mitmach/demo-network';
import { count } from 'drizzle-orm';
import {
  type ActionStatus,
  actionColumns,
  actionStatusChanges,
  actionSteps,
  actions,
  adoptions,
  type NewAction,
} from '../db/schema';
import { actionPublished, adoptionChanged } from '../events/action-pool-events';
import type { ActionContent } from './action-content';
import { outcomeActionContent } from './outcome-actions';
import { poolActions } from './pool-actions';

interface SeedAction {
  key: string;
  status: ActionStatus;
  values: NewAction;
  content: ActionContent;
  adoptions: DemoAdoption[];
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

function countryOf(regionSlug: string): string {
  const region = seedRegions.find((candidate) => candidate.slug === regionSlug);
  if (!region) throw new Error(`unknown demo region ${regionSlug}`);
  return region.country;
}

function commonValues(key: string, regionSlug: string, status: ActionStatus, content: ActionContent) {
  return {
    id: actionId(key),
    summary: content.summary,
    impact: content.impact,
    effortLevel: content.effort.level,
    durationWeeks: content.effort.durationWeeks,
    costMinEur: content.cost.minEur,
    costMaxEur: content.cost.maxEur,
    targetGroups: content.targetGroups,
    originRegionId: regionId(regionSlug),
    originCountry: countryOf(regionSlug),
    imageCredit: content.imageCredit,
    contactOrganizationId: organizationId(`${regionSlug}:team`),
    status,
    publishedAt: content.publishedOn ? noon(content.publishedOn) : null,
    createdAt: noon(content.createdOn),
    updatedAt: noon(content.publishedOn ?? content.createdOn),
  };
}

/** Every conference outcome that became an action, written up for the pool. */
function actionsFromOutcomes(): SeedAction[] {
  return demoOutcomes.flatMap((outcome) => {
    if (!outcome.action) return [];
    const content = outcomeActionContent[outcome.action.key];
    if (!content) throw new Error(`no pool write-up for the demo action ${outcome.action.key}`);
    return [
      {
        key: outcome.action.key,
        status: outcome.action.status,
        content,
        adoptions: outcome.action.adoptions,
        values: {
          ...commonValues(outcome.action.key, outcome.regionSlug, outcome.action.status, content),
          title: outcome.title,
          description: `${outcome.description} ${content.details}`,
          fieldSlugs: outcome.fieldsOfAction,
          sdgs: [...outcome.sdgs].sort((a, b) => a - b),
          originConferenceId: conferenceId(outcome.conferenceKey),
          originOutcomeId: outcomeId(outcome.key),
        },
      },
    ];
  });
}

function actionsOfThePool(): SeedAction[] {
  return poolActions.map((action) => ({
    key: action.key,
    status: 'published',
    content: action,
    adoptions: action.adoptions,
    values: {
      ...commonValues(action.key, action.regionSlug, 'published', action),
      title: action.title,
      description: action.description,
      fieldSlugs: action.fieldsOfAction,
      sdgs: action.sdgs,
      originConferenceId: null,
      originOutcomeId: null,
    },
  }));
}

/** The editorial path each seeded action took to its status: written, submitted a week before publishing, published. */
function historyOf(action: SeedAction): (typeof actionStatusChanges.$inferInsert)[] {
  const { createdOn, publishedOn } = action.content;
  const step = (fromStatus: ActionStatus | null, toStatus: ActionStatus, changedAt: Date) => ({
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
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [existing] = await tx.select({ value: count() }).from(actions);
    if ((existing?.value ?? 0) > 0) return { seeded: false, actions: existing?.value ?? 0, adoptions: 0 };

    const seedActions = [...actionsFromOutcomes(), ...actionsOfThePool()];
    const actionRows = await tx
      .insert(actions)
      .values(seedActions.map((action) => action.values))
      .returning(actionColumns);
    await tx.insert(actionSteps).values(
      seedActions.flatMap((action) =>
        action.content.steps.map((step, index) => ({
          actionId: actionId(action.key),
          position: index + 1,
          title: step.title,
          description: step.description,
        })),
      ),
    );
    await tx.insert(actionStatusChanges).values(seedActions.flatMap(historyOf));
    const adoptionRows = seedActions.flatMap((action) =>
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
