import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { outcomeContribution } from '../read-model/contributions';
import { applyDeltas, fieldSet } from '../read-model/counters';
import { claimFact } from '../read-model/read-model.repository';

/** An outcome counts by kind and fields of action in the month it was recorded, for its region and conference. */
export async function onOutcomeRecorded(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.outcomeRecorded>>) {
  const { outcomeId, fieldsOfAction } = event.payload;
  if (!(await claimFact(tx, 'outcome', outcomeId))) return;
  await applyDeltas(tx, outcomeContribution({ ...event.payload, fields: fieldSet(fieldsOfAction) }));
}
