import type { Db } from '@mitmach/db';
import { eq, inArray, sql } from 'drizzle-orm';
import {
  type ActionDimensionRow,
  type AdoptionStateRow,
  actions,
  adoptions,
  appliedEvents,
  type ConferenceDimensionRow,
  conferences,
  countedFacts,
  type EnrollmentStateRow,
  enrollments,
  learningTargets,
  type RegionDimensionRow,
  type RegistrationStateRow,
  regions,
  registrations,
} from '../db/schema';
import type { Contribution } from './counters';

/** Records that a fact was counted; false when it was counted before (the same fact in another event). */
export async function claimFact(tx: Db, kind: string, factId: string): Promise<boolean> {
  const claimed = await tx.insert(countedFacts).values({ kind, factId }).onConflictDoNothing().returning();
  return claimed.length > 0;
}

export async function lockRegion(tx: Db, regionId: string): Promise<RegionDimensionRow | null> {
  const [row] = await tx.select().from(regions).where(eq(regions.regionId, regionId)).for('update');
  return row ?? null;
}

export async function insertRegion(tx: Db, region: RegionDimensionRow): Promise<boolean> {
  const inserted = await tx.insert(regions).values(region).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function updateRegionStatus(tx: Db, regionId: string, status: string, since: Date): Promise<void> {
  await tx.update(regions).set({ status, statusSince: since }).where(eq(regions.regionId, regionId));
}

export async function regionById(tx: Db, regionId: string): Promise<RegionDimensionRow | null> {
  const [row] = await tx.select().from(regions).where(eq(regions.regionId, regionId));
  return row ?? null;
}

export function regionsByIds(tx: Db, regionIds: readonly string[]): Promise<RegionDimensionRow[]> {
  return tx
    .select()
    .from(regions)
    .where(inArray(regions.regionId, [...new Set(regionIds)]));
}

export async function insertConference(tx: Db, conference: ConferenceDimensionRow): Promise<void> {
  await tx.insert(conferences).values(conference).onConflictDoNothing();
}

export async function conferenceById(tx: Db, conferenceId: string): Promise<ConferenceDimensionRow | null> {
  const [row] = await tx.select().from(conferences).where(eq(conferences.conferenceId, conferenceId));
  return row ?? null;
}

export async function lockAction(tx: Db, actionId: string): Promise<ActionDimensionRow | null> {
  const [row] = await tx.select().from(actions).where(eq(actions.actionId, actionId)).for('update');
  return row ?? null;
}

export async function saveAction(tx: Db, row: ActionDimensionRow): Promise<void> {
  const { actionId: _id, ...changes } = row;
  await tx.insert(actions).values(row).onConflictDoUpdate({ target: actions.actionId, set: changes });
}

export async function actionById(tx: Db, actionId: string): Promise<ActionDimensionRow | null> {
  const [row] = await tx.select().from(actions).where(eq(actions.actionId, actionId));
  return row ?? null;
}

export function actionsByIds(tx: Db, actionIds: readonly string[]): Promise<ActionDimensionRow[]> {
  return tx
    .select()
    .from(actions)
    .where(inArray(actions.actionId, [...new Set(actionIds)]));
}

/** Keeps the newest title a learning target was given. */
export async function upsertLearningTarget(
  tx: Db,
  target: { targetId: string; kind: string; title: string; titleAt: Date },
): Promise<void> {
  await tx
    .insert(learningTargets)
    .values(target)
    .onConflictDoUpdate({
      target: learningTargets.targetId,
      set: { title: target.title, titleAt: target.titleAt },
      setWhere: sql`${learningTargets.titleAt} <= ${target.titleAt.toISOString()}::timestamptz`,
    });
}

export async function lockRegistration(tx: Db, registrationId: string): Promise<RegistrationStateRow | null> {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(eq(registrations.registrationId, registrationId))
    .for('update');
  return row ?? null;
}

export async function saveRegistration(tx: Db, row: RegistrationStateRow): Promise<void> {
  const { registrationId: _id, ...changes } = row;
  await tx.insert(registrations).values(row).onConflictDoUpdate({ target: registrations.registrationId, set: changes });
}

export function lockRegistrationsOfConference(tx: Db, conferenceId: string): Promise<RegistrationStateRow[]> {
  return tx.select().from(registrations).where(eq(registrations.conferenceId, conferenceId)).for('update');
}

export async function lockAdoption(tx: Db, adoptionId: string): Promise<AdoptionStateRow | null> {
  const [row] = await tx.select().from(adoptions).where(eq(adoptions.adoptionId, adoptionId)).for('update');
  return row ?? null;
}

export async function saveAdoption(tx: Db, row: AdoptionStateRow): Promise<void> {
  const { adoptionId: _id, ...changes } = row;
  await tx.insert(adoptions).values(row).onConflictDoUpdate({ target: adoptions.adoptionId, set: changes });
}

export function lockAdoptionsOfRegion(tx: Db, regionId: string): Promise<AdoptionStateRow[]> {
  return tx.select().from(adoptions).where(eq(adoptions.regionId, regionId)).for('update');
}

export function lockAdoptionsOfAction(tx: Db, actionId: string): Promise<AdoptionStateRow[]> {
  return tx.select().from(adoptions).where(eq(adoptions.actionId, actionId)).for('update');
}

export async function lockEnrollment(tx: Db, enrollmentId: string): Promise<EnrollmentStateRow | null> {
  const [row] = await tx.select().from(enrollments).where(eq(enrollments.enrollmentId, enrollmentId)).for('update');
  return row ?? null;
}

export async function saveEnrollment(tx: Db, row: EnrollmentStateRow): Promise<void> {
  const { enrollmentId: _id, ...changes } = row;
  await tx.insert(enrollments).values(row).onConflictDoUpdate({ target: enrollments.enrollmentId, set: changes });
}

export function lockEnrollmentsOfRegion(tx: Db, regionId: string): Promise<EnrollmentStateRow[]> {
  return tx.select().from(enrollments).where(eq(enrollments.regionId, regionId)).for('update');
}

/** Stores the new contributions of many registrations, adoptions or enrolments in one statement. */
export async function storeContributions(
  tx: Db,
  table: typeof registrations | typeof adoptions | typeof enrollments,
  changed: readonly { id: string; contribution: Contribution }[],
): Promise<void> {
  if (changed.length === 0) return;
  const idColumn =
    table === registrations
      ? registrations.registrationId
      : table === adoptions
        ? adoptions.adoptionId
        : enrollments.enrollmentId;
  const values = sql.join(
    changed.map((row) => sql`(${row.id}::uuid, ${JSON.stringify(row.contribution)}::jsonb)`),
    sql`, `,
  );
  await tx.execute(
    sql`update ${table} set contribution = changed.contribution
        from (values ${values}) as changed(id, contribution)
        where ${idColumn} = changed.id`,
  );
}

/** Notes that the read model applied an event of this name now, in the transaction that applied it. */
export async function noteApplied(tx: Db, eventName: string): Promise<void> {
  await tx
    .insert(appliedEvents)
    .values({ eventName, appliedAt: sql`now()` })
    .onConflictDoUpdate({ target: appliedEvents.eventName, set: { appliedAt: sql`excluded.applied_at` } });
}

/** When the read model last applied an event; null before the first. */
export async function lastApplied(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: sql<string | null>`max(${appliedEvents.appliedAt})` }).from(appliedEvents);
  return row?.at ? new Date(row.at) : null;
}
