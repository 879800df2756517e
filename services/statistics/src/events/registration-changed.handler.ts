import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { registrationContribution } from '../read-model/contributions';
import { applyDeltas, negate } from '../read-model/counters';
import { conferenceById, lockRegistration, saveRegistration } from '../read-model/read-model.repository';

/**
 * A registration's newest change replaces what it counted before (registered, waitlisted, cancelled, attended); a
 * change older than the one held arrived late and changes nothing. The person is not kept: figures need the sector.
 */
export async function onRegistrationChanged(
  tx: Db,
  event: EventEnvelope<PayloadOf<typeof contracts.registrationChanged>>,
) {
  const { registrationId, conferenceId, regionId, country, sector, status, attended, changedAt } = event.payload;
  const at = new Date(changedAt);
  const held = await lockRegistration(tx, registrationId);
  if (held && at < held.changedAt) return;
  const state = { registrationId, conferenceId, regionId, country, sector, status, attended, changedAt: at };
  const contribution = registrationContribution(state, await conferenceById(tx, conferenceId));
  await applyDeltas(tx, [...negate(held?.contribution ?? []), ...contribution]);
  await saveRegistration(tx, { ...state, contribution });
}
