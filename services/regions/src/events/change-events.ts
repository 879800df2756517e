import type { Db } from '@mitmach/db';
import { type ChangeKind, contracts, writePublicChange } from '@mitmach/events';
import { outbox, type RegionRow } from '../db/schema';
import { fieldsOfActionByRegionIds, sdgsByRegionIds } from '../modules/regions/regions.repository';

export type RegionField = (typeof contracts.regionChanged.fields)[number];
export type PeerGroupField = (typeof contracts.peerGroupChanged.fields)[number];
export type ApplicationRoundField = (typeof contracts.applicationRoundChanged.fields)[number];

type Versioned = { id: string; version: number };

// Every region, peer group and application round is public: anyone may list them.
export function regionChanged(db: Db, region: Versioned, kind: ChangeKind, changedFields?: readonly RegionField[]) {
  return writePublicChange(db, outbox, contracts.regionChanged, region, kind, changedFields);
}

export function peerGroupChanged(
  db: Db,
  group: Versioned,
  kind: ChangeKind,
  changedFields?: readonly PeerGroupField[],
) {
  return writePublicChange(db, outbox, contracts.peerGroupChanged, group, kind, changedFields);
}

export function applicationRoundChanged(
  db: Db,
  round: Versioned,
  kind: ChangeKind,
  changedFields?: readonly ApplicationRoundField[],
) {
  return writePublicChange(db, outbox, contracts.applicationRoundChanged, round, kind, changedFields);
}

export const sortedSet = <T extends string | number>(values: readonly T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A region's public fields as a change compares them: sets sorted, the location as one value. */
export async function regionSnapshot(db: Db, region: RegionRow): Promise<Record<RegionField, unknown>> {
  const [fields, goals] = await Promise.all([
    fieldsOfActionByRegionIds(db, [region.id]),
    sdgsByRegionIds(db, [region.id]),
  ]);
  return {
    slug: region.slug,
    name: region.name,
    kind: region.kind,
    country: region.country,
    subdivision: region.subdivision,
    description: region.description,
    location: { lat: region.lat, lng: region.lng },
    website: region.website,
    publicContact: region.publicContact,
    status: region.status,
    fieldsOfAction: sortedSet(fields.map((row) => row.field.slug)),
    sdgs: sortedSet(goals.map((row) => row.sdg.number)),
    joinedOn: region.joinedOn,
    hasHeldConference: region.hasHeldConference,
    firstConferenceOn: region.firstConferenceOn,
    peerGroup: region.peerGroupId,
  };
}
