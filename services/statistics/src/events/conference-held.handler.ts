import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { conferenceHeldContribution } from '../read-model/contributions';
import { applyDeltas } from '../read-model/counters';
import { claimFact, insertConference } from '../read-model/read-model.repository';
import { reattributeRegistrationsOfConference } from './reattribution';

/**
 * A held conference counts in the month it was held, by format; the participants already known move to that month.
 */
export async function onConferenceHeld(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.conferenceHeld>>) {
  const { conferenceId, regionId, country, format, heldOn } = event.payload;
  if (!(await claimFact(tx, 'conference-held', conferenceId))) return;
  const conference = { conferenceId, regionId, country, format, heldOn };
  await insertConference(tx, conference);
  await applyDeltas(tx, conferenceHeldContribution(conference));
  await reattributeRegistrationsOfConference(tx, conferenceId);
}
