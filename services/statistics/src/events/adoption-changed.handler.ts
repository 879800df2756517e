import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { adoptionContribution } from '../read-model/contributions';
import { applyDeltas, negate } from '../read-model/counters';
import { actionById, lockAdoption, regionById, saveAdoption } from '../read-model/read-model.repository';

/**
 * An adoption's newest change replaces what it counted before; a change older than the one held arrived late and
 * changes nothing. Its country comes from the region and its fields of action from the action, as far as known.
 */
export async function onAdoptionChanged(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.adoptionChanged>>) {
  const { adoptionId, actionId, regionId, status, startedOn, completedOn, changedAt } = event.payload;
  const at = new Date(changedAt);
  const held = await lockAdoption(tx, adoptionId);
  if (held && at < held.changedAt) return;
  const state = { adoptionId, actionId, regionId, status, startedOn, completedOn, changedAt: at };
  const contribution = adoptionContribution(state, await regionById(tx, regionId), await actionById(tx, actionId));
  await applyDeltas(tx, [...negate(held?.contribution ?? []), ...contribution]);
  await saveAdoption(tx, { ...state, contribution });
}
