import type { Db } from '@mitmach/db';
import { type ChangeKind, changedFields, contracts, writeChange } from '@mitmach/events';
import { type ActionRow, type AdoptionRow, outbox } from '../db/schema';
import { stepsByActionIds } from '../modules/actions/actions.repository';

export type ActionField = (typeof contracts.actionChanged.fields)[number];
type AdoptionField = (typeof contracts.adoptionChangedV2.fields)[number];

/** The public fields of an action as a change compares them. */
export async function actionSnapshot(db: Db, action: ActionRow): Promise<Record<ActionField, unknown>> {
  const steps = await stepsByActionIds(db, [action.id]);
  return {
    title: action.title,
    summary: action.summary,
    description: action.description,
    impact: action.impact,
    effort: [action.effortLevel, action.durationWeeks],
    cost: [action.costMinEur, action.costMaxEur],
    steps: steps.map((step) => [step.position, step.title, step.description]),
    targetGroups: action.targetGroups,
    fieldsOfAction: action.fieldSlugs,
    sdgs: action.sdgs,
    originRegion: action.originRegionId,
    originConference: action.originConferenceId,
    originOutcome: action.originOutcomeId,
    imageCredit: action.imageCredit,
    contactOrganization: action.contactOrganizationId,
    status: action.status,
    publishedAt: action.publishedAt,
  };
}

// Everyone sees published actions; drafts, actions in review and archived ones only staff and their region's team.
const isPublic = (action: Pick<ActionRow, 'status'>) => action.status === 'published';

function kindOf(before: ActionRow, after: ActionRow, fields: readonly ActionField[]): ChangeKind {
  if (isPublic(before) && !isPublic(after)) return 'withdrawn';
  return fields.includes('status') ? 'status_changed' : 'updated';
}

export function actionCreated(db: Db, action: Pick<ActionRow, 'id' | 'status' | 'version'>) {
  return writeChange(db, outbox, contracts.actionChanged, {
    key: { id: action.id },
    kind: 'created',
    public: isPublic(action),
    version: action.version,
  });
}

/**
 * Writes the change of an action whose version the caller raised, naming the fields that differ from `before`; writes
 * nothing and answers null when none does.
 */
export async function actionChanged(
  db: Db,
  before: ActionRow,
  beforeSnapshot: Record<ActionField, unknown>,
  after: ActionRow,
) {
  const fields = changedFields(contracts.actionChanged.fields, beforeSnapshot, await actionSnapshot(db, after));
  if (fields.length === 0) return null;
  return writeChange(db, outbox, contracts.actionChanged, {
    key: { id: after.id },
    kind: kindOf(before, after, fields),
    changedFields: fields,
    public: isPublic(after),
    version: after.version,
  });
}

// Adoptions are of published actions and show on public region and action pages.
export function adoptionChangedEvent(
  db: Db,
  adoption: AdoptionRow,
  kind: ChangeKind,
  changedFieldNames?: readonly AdoptionField[],
) {
  return writeChange(db, outbox, contracts.adoptionChangedV2, {
    key: { id: adoption.id, actionId: adoption.actionId, regionId: adoption.regionId },
    kind,
    ...(changedFieldNames ? { changedFields: changedFieldNames } : {}),
    public: true,
    version: adoption.version,
  });
}

export function adoptionFieldsChanged(before: AdoptionRow, after: Partial<AdoptionRow>): AdoptionField[] {
  return changedFields(contracts.adoptionChangedV2.fields, before, after);
}
