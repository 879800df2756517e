import type { Db } from '@mitmach/db';
import { type ChangeKind, contracts, writeChange } from '@mitmach/events';
import { outbox, type RegionRow } from '../db/schema';
import { fieldsOfActionByRegionIds, sdgsByRegionIds } from '../modules/regions/regions.repository';

export type RegionField = (typeof contracts.regionChanged.fields)[number];
export type PeerGroupField = (typeof contracts.peerGroupChanged.fields)[number];
export type ApplicationRoundField = (typeof contracts.applicationRoundChanged.fields)[number];

type Versioned = { id: string; version: number };

// Every region, peer group and application round is public: anyone may list them.
export function regionChanged(db: Db, region: Versioned, kind: ChangeKind, changedFields?: readonly RegionField[]) {
  return writeChange(db, outbox, contracts.regionChanged, {
    key: { id: region.id },
    kind,
    ...(changedFields ? { changedFields } : {}),
    public: true,
    version: region.version,
  });
}

export function peerGroupChanged(
  db: Db,
  group: Versioned,
  kind: ChangeKind,
  changedFields?: readonly PeerGroupField[],
) {
  return writeChange(db, outbox, contracts.peerGroupChanged, {
    key: { id: group.id },
    kind,
    ...(changedFields ? { changedFields } : {}),
    public: true,
    version: group.version,
  });
}

export function applicationRoundChanged(
  db: Db,
  round: Versioned,
  kind: ChangeKind,
  changedFields?: readonly ApplicationRoundField[],
) {
  return writeChange(db, outbox, contracts.applicationRoundChanged, {
    key: { id: round.id },
    kind,
    ...(changedFields ? { changedFields } : {}),
    public: true,
    version: round.version,
  });
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
