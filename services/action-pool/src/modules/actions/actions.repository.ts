import { type Db, inWindow, rankWithin } from '@mitmach/db';
import type { Page, RankedRow } from '@mitmach/server-kit';
import { and, asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import {
  type ActionRow,
  type ActionStatus,
  actionColumns,
  actionStatusChanges,
  actionSteps,
  actions,
  fieldsOfAction,
  type NewAction,
} from '../../db/schema';
import type { ActionVisibility } from './action-visibility';

export interface NewStep {
  title: string;
  description: string;
}

/** The condition for the actions a caller may see; nothing to add for staff. */
export function visibleActions(visibility: ActionVisibility): SQL | undefined {
  if (visibility.everything) return undefined;
  const published = eq(actions.status, 'published');
  return visibility.regionIds.length > 0
    ? or(published, inArray(actions.originRegionId, [...visibility.regionIds]))
    : published;
}

/** Most recently published first; unpublished ones (only staff and teams see them) by creation. */
export const newestFirst = sql`${actions.publishedAt} desc nulls last, ${actions.createdAt} desc, ${actions.id}`;

export function actionsByIds(db: Db, ids: readonly string[]): Promise<ActionRow[]> {
  return db
    .select(actionColumns)
    .from(actions)
    .where(inArray(actions.id, [...ids]));
}

export async function lockAction(db: Db, id: string): Promise<ActionRow | null> {
  const [row] = await db.select(actionColumns).from(actions).where(eq(actions.id, id)).for('update');
  return row ?? null;
}

export async function actionIdByOutcome(db: Db, outcomeId: string): Promise<string | null> {
  const [row] = await db.select({ id: actions.id }).from(actions).where(eq(actions.originOutcomeId, outcomeId));
  return row?.id ?? null;
}

export function actionsByConferenceIds(
  db: Db,
  conferenceIds: readonly string[],
  visibility: ActionVisibility,
): Promise<ActionRow[]> {
  return db
    .select(actionColumns)
    .from(actions)
    .where(and(inArray(actions.originConferenceId, [...conferenceIds]), visibleActions(visibility)))
    .orderBy(newestFirst);
}

export async function actionPagesByOriginRegionIds(
  db: Db,
  regionIds: readonly string[],
  page: Page,
  visibility: ActionVisibility,
): Promise<RankedRow<ActionRow>[]> {
  const ranked = db
    .select({ ...actionColumns, ...rankWithin(actions.originRegionId, newestFirst) })
    .from(actions)
    .where(and(inArray(actions.originRegionId, [...regionIds]), visibleActions(visibility)))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(inWindow(ranked.position, page))
    .orderBy(ranked.originRegionId, ranked.position);
  return rows.map(({ position, total, ...row }) => ({ row, groupId: row.originRegionId, position, total }));
}

export function stepsByActionIds(db: Db, actionIds: readonly string[]) {
  return db
    .select()
    .from(actionSteps)
    .where(inArray(actionSteps.actionId, [...actionIds]))
    .orderBy(asc(actionSteps.actionId), asc(actionSteps.position));
}

export async function stepCount(db: Db, actionId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(actionSteps).where(eq(actionSteps.actionId, actionId));
  return row?.value ?? 0;
}

export function statusChangesByActionIds(db: Db, actionIds: readonly string[]) {
  return db
    .select()
    .from(actionStatusChanges)
    .where(inArray(actionStatusChanges.actionId, [...actionIds]))
    .orderBy(asc(actionStatusChanges.changedAt), asc(actionStatusChanges.id));
}

/** Slugs an action may be tagged with now: the current taxonomy, not the retired one. */
export async function currentFieldSlugs(db: Db): Promise<Set<string>> {
  const rows = await db
    .select({ slug: fieldsOfAction.slug })
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.retired, false));
  return new Set(rows.map((row) => row.slug));
}

export async function insertAction(
  db: Db,
  action: NewAction,
  steps: readonly NewStep[],
  changedBy: string | null,
): Promise<ActionRow> {
  const [row] = await db.insert(actions).values(action).returning(actionColumns);
  if (!row) throw new Error('insert into actions returned no row');
  await replaceSteps(db, row.id, steps);
  await recordStatusChange(db, { actionId: row.id, from: null, to: row.status, note: 'created', changedBy });
  return row;
}

export async function replaceSteps(db: Db, actionId: string, steps: readonly NewStep[]): Promise<void> {
  await db.delete(actionSteps).where(eq(actionSteps.actionId, actionId));
  if (steps.length === 0) return;
  await db.insert(actionSteps).values(
    steps.map((step, index) => ({
      actionId,
      position: index + 1,
      title: step.title,
      description: step.description,
    })),
  );
}

export async function updateActionRow(db: Db, id: string, patch: Partial<NewAction>): Promise<ActionRow | null> {
  const [row] = await db
    .update(actions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(actions.id, id))
    .returning(actionColumns);
  return row ?? null;
}

export async function recordStatusChange(
  db: Db,
  change: {
    actionId: string;
    from: ActionStatus | null;
    to: ActionStatus;
    note: string | null;
    changedBy: string | null;
  },
): Promise<void> {
  await db.insert(actionStatusChanges).values({
    actionId: change.actionId,
    fromStatus: change.from,
    toStatus: change.to,
    note: change.note,
    changedBy: change.changedBy,
  });
}
