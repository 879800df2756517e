import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { fundingContribution } from '../read-model/contributions';
import { applyDeltas } from '../read-model/counters';
import { claimFact } from '../read-model/read-model.repository';

/** A funding entry adds its amount (cents) to its kind in the month it was booked. */
export async function onFundingEntryRecorded(
  tx: Db,
  event: EventEnvelope<PayloadOf<typeof contracts.fundingEntryRecorded>>,
) {
  if (!(await claimFact(tx, 'funding-entry', event.payload.entryId))) return;
  await applyDeltas(tx, fundingContribution(event.payload));
}
