import type { Db } from '@mitmach/db';
import { adoptions, enrollments, registrations } from '../db/schema';
import { adoptionContribution, enrollmentContribution, registrationContribution } from '../read-model/contributions';
import { applyDeltas, type Contribution, type CounterDelta, negate, sameContribution } from '../read-model/counters';
import {
  actionById,
  actionsByIds,
  conferenceById,
  lockAdoptionsOfAction,
  lockAdoptionsOfRegion,
  lockEnrollmentsOfRegion,
  lockRegistrationsOfConference,
  regionById,
  regionsByIds,
  storeContributions,
} from '../read-model/read-model.repository';

// Events of different aggregates travel on different topics with no order between them: a registration may arrive
// before its conference was held, an adoption before its region or action. When the missing event arrives, the
// entities that refer to it are counted again with what is known now, in a few statements whatever their number.

async function replaceContributions(
  tx: Db,
  table: typeof registrations | typeof adoptions | typeof enrollments,
  entities: readonly { id: string; held: Contribution; now: Contribution }[],
) {
  const changed = entities.filter((entity) => !sameContribution(entity.held, entity.now));
  const deltas: CounterDelta[] = changed.flatMap((entity) => [...negate(entity.held), ...entity.now]);
  await applyDeltas(tx, deltas);
  await storeContributions(
    tx,
    table,
    changed.map((entity) => ({ id: entity.id, contribution: entity.now })),
  );
}

export async function reattributeRegistrationsOfConference(tx: Db, conferenceId: string) {
  const rows = await lockRegistrationsOfConference(tx, conferenceId);
  if (rows.length === 0) return;
  const conference = await conferenceById(tx, conferenceId);
  await replaceContributions(
    tx,
    registrations,
    rows.map((row) => ({
      id: row.registrationId,
      held: row.contribution,
      now: registrationContribution(row, conference),
    })),
  );
}

export async function reattributeAdoptionsOfRegion(tx: Db, regionId: string) {
  const rows = await lockAdoptionsOfRegion(tx, regionId);
  if (rows.length === 0) return;
  const region = await regionById(tx, regionId);
  const actionsById = new Map(
    (
      await actionsByIds(
        tx,
        rows.map((row) => row.actionId),
      )
    ).map((action) => [action.actionId, action]),
  );
  await replaceContributions(
    tx,
    adoptions,
    rows.map((row) => ({
      id: row.adoptionId,
      held: row.contribution,
      now: adoptionContribution(row, region, actionsById.get(row.actionId) ?? null),
    })),
  );
}

export async function reattributeAdoptionsOfAction(tx: Db, actionId: string) {
  const rows = await lockAdoptionsOfAction(tx, actionId);
  if (rows.length === 0) return;
  const action = await actionById(tx, actionId);
  const regionsById = new Map(
    (
      await regionsByIds(
        tx,
        rows.map((row) => row.regionId),
      )
    ).map((region) => [region.regionId, region]),
  );
  await replaceContributions(
    tx,
    adoptions,
    rows.map((row) => ({
      id: row.adoptionId,
      held: row.contribution,
      now: adoptionContribution(row, regionsById.get(row.regionId) ?? null, action),
    })),
  );
}

export async function reattributeEnrollmentsOfRegion(tx: Db, regionId: string) {
  const rows = await lockEnrollmentsOfRegion(tx, regionId);
  if (rows.length === 0) return;
  const region = await regionById(tx, regionId);
  await replaceContributions(
    tx,
    enrollments,
    rows.map((row) => ({ id: row.enrollmentId, held: row.contribution, now: enrollmentContribution(row, region) })),
  );
}
