import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader } from '@mitmach/server-kit';
import {
  applicationCountsByRoundIds,
  applicationRoundsByIds,
  applicationsByIds,
  applicationsByRoundIds,
} from './modules/application-rounds/application-rounds.repository';
import { fundingEntriesByRegionIds } from './modules/funding/funding.repository';
import { peerGroupsByIds } from './modules/peer-groups/peer-groups.repository';
import { fieldsOfActionBySlugs, sdgsByNumbers } from './modules/reference-data/reference-data.repository';
import {
  fieldsOfActionByRegionIds,
  regionsByIds,
  regionsByPeerGroupIds,
  sdgsByRegionIds,
  statusChangesByRegionIds,
} from './modules/regions/regions.repository';

/** Per-request loaders: each entity type and relation costs one SQL statement per request, whatever the list length. */
export function createLoaders(db: Db) {
  return {
    regionById: entityLoader(
      (ids: readonly string[]) => regionsByIds(db, ids),
      (row) => row.id,
    ),
    regionsByPeerGroup: groupLoader(
      (ids: readonly string[]) => regionsByPeerGroupIds(db, ids),
      (row) => row.peerGroupId as string,
    ),
    fieldsOfActionByRegion: groupLoader(
      (ids: readonly string[]) => fieldsOfActionByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    sdgsByRegion: groupLoader(
      (ids: readonly string[]) => sdgsByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    statusChangesByRegion: groupLoader(
      (ids: readonly string[]) => statusChangesByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    fundingEntriesByRegion: groupLoader(
      (ids: readonly string[]) => fundingEntriesByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    peerGroupById: entityLoader(
      (ids: readonly string[]) => peerGroupsByIds(db, ids),
      (row) => row.id,
    ),
    applicationRoundById: entityLoader(
      (ids: readonly string[]) => applicationRoundsByIds(db, ids),
      (row) => row.id,
    ),
    applicationById: entityLoader(
      (ids: readonly string[]) => applicationsByIds(db, ids),
      (row) => row.id,
    ),
    applicationsByRound: groupLoader(
      (ids: readonly string[]) => applicationsByRoundIds(db, ids),
      (row) => row.roundId,
    ),
    applicationCountByRound: entityLoader(
      (ids: readonly string[]) => applicationCountsByRoundIds(db, ids),
      (row) => row.roundId,
    ),
    fieldOfActionBySlug: entityLoader(
      (slugs: readonly string[]) => fieldsOfActionBySlugs(db, slugs),
      (row) => row.slug,
    ),
    sdgByNumber: entityLoader(
      (numbers: readonly number[]) => sdgsByNumbers(db, numbers),
      (row) => row.number,
    ),
  };
}

export type RegionsLoaders = ReturnType<typeof createLoaders>;
