import { type Caller, canManageRegion, hasRole, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import { TransactionRollbackError } from 'drizzle-orm';
import type { ActionRow, ActionStatus, NewAction } from '../../db/schema';
import { actionPublished } from '../../events/action-pool-events';
import { actionChanged, actionCreated, actionSnapshot } from '../../events/change-events';
import {
  checkCost,
  checkEffort,
  checkFieldsOfAction,
  checkImageCredit,
  checkSdgs,
  checkSteps,
  checkTargetGroups,
  checkText,
  limits,
  type StepInput,
  trimmedList,
  trimmedSteps,
} from './action-input';
import { canTransition, isEditorialMove, needsSteps } from './action-status';
import {
  actionIdByOutcome,
  currentFieldSlugs,
  insertAction,
  lockAction,
  recordStatusChange,
  replaceSteps,
  stepCount,
  updateActionRow,
} from './actions.repository';

export interface ActionResult {
  action: ActionRow | null;
  userErrors: UserError[];
}

interface ActionContent {
  title: string;
  summary: string;
  description: string;
  impact: string;
  effort: { level: ActionRow['effortLevel']; durationWeeks: number };
  cost: { minEur: number; maxEur: number };
  steps: StepInput[];
  targetGroups: string[];
  fieldsOfAction: string[];
  sdgs: number[];
  imageCredit?: string | null;
  contactOrganizationId?: string | null;
}

export interface CreateActionCommand extends ActionContent {
  originRegionId: string;
  originCountry: string;
  originConferenceId?: string | null;
  originOutcomeId?: string | null;
}

type ContentChanges = { [Field in keyof ActionContent]?: ActionContent[Field] | null };

export type UpdateActionCommand = { actionId: string } & ContentChanges;

const rejected = (userErrors: UserError[]): ActionResult => ({ action: null, userErrors });
const notFound = (): ActionResult =>
  rejected([userError(['input', 'actionId'], 'There is no action with this id.', 'NOT_FOUND')]);

function checkContent(command: ContentChanges, knownFields: ReadonlySet<string>): UserError[] {
  const at = (field: string) => ['input', field];
  return [
    ...(command.title != null ? checkText(command.title, at('title'), 'The title', limits.title) : []),
    ...(command.summary != null ? checkText(command.summary, at('summary'), 'The summary', limits.summary) : []),
    ...(command.description != null
      ? checkText(command.description, at('description'), 'The description', limits.description)
      : []),
    ...(command.impact != null ? checkText(command.impact, at('impact'), 'The impact', limits.impact) : []),
    ...(command.effort ? checkEffort(command.effort, at('effort')) : []),
    ...(command.cost ? checkCost(command.cost, at('cost')) : []),
    ...(command.steps ? checkSteps(command.steps, at('steps')) : []),
    ...(command.targetGroups ? checkTargetGroups(command.targetGroups, at('targetGroups')) : []),
    ...(command.fieldsOfAction ? checkFieldsOfAction(command.fieldsOfAction, knownFields, at('fieldsOfAction')) : []),
    ...(command.sdgs ? checkSdgs(command.sdgs, at('sdgs')) : []),
    ...checkImageCredit(command.imageCredit, at('imageCredit')),
  ];
}

function contentValues(content: ActionContent) {
  return {
    title: content.title.trim(),
    summary: content.summary.trim(),
    description: content.description.trim(),
    impact: content.impact.trim(),
    effortLevel: content.effort.level,
    durationWeeks: content.effort.durationWeeks,
    costMinEur: content.cost.minEur,
    costMaxEur: content.cost.maxEur,
    targetGroups: trimmedList(content.targetGroups),
    fieldSlugs: [...new Set(content.fieldsOfAction)],
    sdgs: [...new Set(content.sdgs)].sort((a, b) => a - b),
    imageCredit: content.imageCredit?.trim() || null,
    contactOrganizationId: content.contactOrganizationId ?? null,
  };
}

/** The columns of the fields a command gives; null keeps a required field and clears an optional one. */
function contentPatch(command: ContentChanges): Partial<NewAction> {
  return {
    ...(command.title != null ? { title: command.title.trim() } : {}),
    ...(command.summary != null ? { summary: command.summary.trim() } : {}),
    ...(command.description != null ? { description: command.description.trim() } : {}),
    ...(command.impact != null ? { impact: command.impact.trim() } : {}),
    ...(command.effort ? { effortLevel: command.effort.level, durationWeeks: command.effort.durationWeeks } : {}),
    ...(command.cost ? { costMinEur: command.cost.minEur, costMaxEur: command.cost.maxEur } : {}),
    ...(command.targetGroups ? { targetGroups: trimmedList(command.targetGroups) } : {}),
    ...(command.fieldsOfAction ? { fieldSlugs: [...new Set(command.fieldsOfAction)] } : {}),
    ...(command.sdgs ? { sdgs: [...new Set(command.sdgs)].sort((a, b) => a - b) } : {}),
    ...(command.imageCredit !== undefined ? { imageCredit: command.imageCredit?.trim() || null } : {}),
    ...(command.contactOrganizationId !== undefined ? { contactOrganizationId: command.contactOrganizationId } : {}),
  };
}

export async function createAction(db: Db, caller: Caller, command: CreateActionCommand): Promise<ActionResult> {
  if (!canManageRegion(caller, command.originRegionId)) {
    throw forbidden("Only staff and the origin region's own team may add an action.");
  }
  const errors = checkContent(command, await currentFieldSlugs(db));
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    if (command.originOutcomeId && (await actionIdByOutcome(tx, command.originOutcomeId))) {
      return rejected([
        userError(['input', 'originOutcomeId'], 'This outcome already became an action of the pool.', 'TAKEN'),
      ]);
    }
    const action = await insertAction(
      tx,
      {
        ...contentValues(command),
        originRegionId: command.originRegionId,
        originCountry: command.originCountry,
        originConferenceId: command.originConferenceId ?? null,
        originOutcomeId: command.originOutcomeId ?? null,
        status: 'draft',
        createdBy: caller.personId,
      },
      trimmedSteps(command.steps),
      caller.personId,
    );
    await actionCreated(tx, action);
    return { action, userErrors: [] };
  });
}

/**
 * What an action still lacks before it can be reviewed or published, by the rules a client's input has to meet: a
 * draft made from a conference outcome starts without an impact, and perhaps without fields of action.
 */
function missingContent(action: ActionRow): string[] {
  return [
    ...checkText(action.title, [], 'The title', limits.title),
    ...checkText(action.summary, [], 'The summary', limits.summary),
    ...checkText(action.description, [], 'The description', limits.description),
    ...checkText(action.impact, [], 'The impact', limits.impact),
    ...(action.fieldSlugs.length === 0 ? [userError([], 'Name at least one field of action.')] : []),
  ].map((error) => error.message);
}

/** A caller who can neither act for all regions nor for some region's team may not change any action. */
function requireEditorRole(caller: Caller, message: string): void {
  if (!isStaff(caller) && !hasRole(caller, 'regional_team')) throw forbidden(message);
}

export async function updateAction(db: Db, caller: Caller, command: UpdateActionCommand): Promise<ActionResult> {
  const forbiddenMessage = "Only staff and the origin region's own team may change an action.";
  requireEditorRole(caller, forbiddenMessage);
  const errors = checkContent(command, await currentFieldSlugs(db));
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockAction(tx, command.actionId);
    if (!current) return notFound();
    if (!canManageRegion(caller, current.originRegionId)) throw forbidden(forbiddenMessage);
    const editable = isStaff(caller) ? current.status !== 'archived' : current.status === 'draft';
    if (!editable) {
      return rejected([
        userError(
          ['input', 'actionId'],
          isStaff(caller)
            ? 'An archived action can no longer be changed.'
            : `The action is ${current.status.toUpperCase()}; only drafts can be changed, so ask staff to send it back to DRAFT.`,
          'NOT_EDITABLE',
        ),
      ]);
    }
    if (command.steps) {
      if (command.steps.length === 0 && needsSteps(current.status)) {
        return rejected([
          userError(['input', 'steps'], 'A published action or one in review keeps at least one step.', 'REQUIRED'),
        ]);
      }
    }
    const before = await actionSnapshot(tx, current);
    try {
      // Applied in a savepoint and compared with what was there: an edit that changes nothing is rolled back, so it
      // neither raises the version nor touches updatedAt nor writes an event.
      const action = await tx.transaction(async (savepoint) => {
        if (command.steps) await replaceSteps(savepoint, current.id, trimmedSteps(command.steps));
        const updated = await updateActionRow(savepoint, current.id, {
          ...contentPatch(command),
          version: current.version + 1,
        });
        if (!updated) throw new Error(`action ${current.id} vanished while it was locked`);
        const event = await actionChanged(savepoint, current, before, updated);
        if (event === null) savepoint.rollback();
        return updated;
      });
      return { action, userErrors: [] };
    } catch (error) {
      if (error instanceof TransactionRollbackError) return { action: current, userErrors: [] };
      throw error;
    }
  });
}

export async function changeActionStatus(
  db: Db,
  caller: Caller,
  command: { actionId: string; status: ActionStatus; note?: string | null },
): Promise<ActionResult> {
  const forbiddenMessage = isEditorialMove(command.status)
    ? "Only staff and the origin region's own team may move an action between DRAFT and IN_REVIEW."
    : 'Only staff may publish or archive an action.';
  if (isEditorialMove(command.status)) requireEditorRole(caller, forbiddenMessage);
  else if (!isStaff(caller)) throw forbidden(forbiddenMessage);
  return db.transaction(async (tx) => {
    const current = await lockAction(tx, command.actionId);
    if (!current) return notFound();
    if (!canManageRegion(caller, current.originRegionId)) throw forbidden(forbiddenMessage);
    if (!canTransition(current.status, command.status)) {
      return rejected([
        userError(
          ['input', 'status'],
          `An action cannot move from ${current.status.toUpperCase()} to ${command.status.toUpperCase()}.`,
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    if (needsSteps(command.status) && (await stepCount(tx, current.id)) === 0) {
      return rejected([
        userError(
          ['input', 'actionId'],
          'The action needs at least one step before it can be reviewed or published.',
          'INCOMPLETE',
        ),
      ]);
    }
    const missing = needsSteps(command.status) ? missingContent(current) : [];
    if (missing.length > 0) {
      return rejected([
        userError(
          ['input', 'actionId'],
          `The action is not complete enough to be reviewed or published: ${missing.join(' ')}`,
          'INCOMPLETE',
        ),
      ]);
    }
    const before = await actionSnapshot(tx, current);
    const action = await updateActionRow(tx, current.id, {
      status: command.status,
      ...(command.status === 'published' && !current.publishedAt ? { publishedAt: new Date() } : {}),
      version: current.version + 1,
    });
    if (action) await actionChanged(tx, current, before, action);
    await recordStatusChange(tx, {
      actionId: current.id,
      from: current.status,
      to: command.status,
      note: command.note?.trim() || null,
      changedBy: caller.personId,
    });
    if (action && command.status === 'published') await actionPublished(tx, action);
    return { action, userErrors: [] };
  });
}

export function submitActionForReview(
  db: Db,
  caller: Caller,
  command: { actionId: string; note?: string | null },
): Promise<ActionResult> {
  return changeActionStatus(db, caller, { ...command, status: 'in_review' });
}
