import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { regionJoinedContribution, regionStatusMove } from '../read-model/contributions';
import { applyDeltas, fieldSet } from '../read-model/counters';
import { insertRegion, lockRegion, updateRegionStatus } from '../read-model/read-model.repository';
import { reattributeAdoptionsOfRegion, reattributeEnrollmentsOfRegion } from './reattribution';

/**
 * A new region counts as joined in the month it joined and enters its status then. Adoptions and enrolments that arrived
 * before the region (other topic, no order between them) get its country now.
 */
export async function onRegionCreated(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.regionCreated>>) {
  const { regionId, name, country, status, joinedOn, fieldsOfAction } = event.payload;
  const fields = fieldSet(fieldsOfAction);
  const inserted = await insertRegion(tx, {
    regionId,
    name,
    country,
    status,
    statusSince: new Date(event.occurredAt),
    joinedOn,
    fields,
  });
  if (!inserted) return;
  await applyDeltas(tx, regionJoinedContribution({ country, status, joinedOn, fields }));
  await reattributeAdoptionsOfRegion(tx, regionId);
  await reattributeEnrollmentsOfRegion(tx, regionId);
}

/**
 * Moves the region from the status held to the new one in the month of the change. A change older than the status
 * held arrived late and changes nothing. A change of a region never created is an inconsistency for a dead letter.
 */
export async function onRegionStatusChanged(
  tx: Db,
  event: EventEnvelope<PayloadOf<typeof contracts.regionStatusChanged>>,
) {
  const { regionId, to, changedAt } = event.payload;
  const region = await lockRegion(tx, regionId);
  if (!region) throw new Error(`status change of unknown region ${regionId}`);
  const at = new Date(changedAt);
  if (at < region.statusSince) return;
  await updateRegionStatus(tx, regionId, to, at);
  await applyDeltas(tx, regionStatusMove(region, region.status, to, at));
}
