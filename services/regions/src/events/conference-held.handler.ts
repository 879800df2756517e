import type { Db } from '@mitmach/db';
import { changedFields, contracts, type EventEnvelope, type PayloadOf } from '@mitmach/events';
import { lockRegion, updateRegionRow } from '../modules/regions/regions.repository';
import { regionChanged } from './change-events';

/**
 * A held conference unlocks grants from the funding pot: the region is marked, with the date of its first conference.
 * A conference of a region this service does not know is an inconsistency worth a dead letter, not a silent skip.
 */
export async function onConferenceHeld(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.conferenceHeld>>) {
  const region = await lockRegion(tx, event.payload.regionId);
  if (!region)
    throw new Error(`conference ${event.payload.conferenceId} belongs to unknown region ${event.payload.regionId}`);
  const heldOn = event.payload.heldOn;
  const first = region.firstConferenceOn && region.firstConferenceOn < heldOn ? region.firstConferenceOn : heldOn;
  const patch = { hasHeldConference: true, firstConferenceOn: first };
  const fields = changedFields(contracts.regionChanged.fields, region, patch);
  if (fields.length === 0) return;
  const changed = await updateRegionRow(tx, region.id, { ...patch, version: region.version + 1 });
  if (changed) await regionChanged(tx, changed, 'updated', fields);
}
