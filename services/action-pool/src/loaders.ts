import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader, groupPageLoader } from '@mitmach/server-kit';
import type { ActionVisibility } from './modules/actions/action-visibility';
import {
  actionPagesByOriginRegionIds,
  actionsByConferenceIds,
  actionsByIds,
  statusChangesByActionIds,
  stepsByActionIds,
} from './modules/actions/actions.repository';
import {
  activeAdoptionsByActionIds,
  adoptionPagesByActionIds,
  adoptionPagesByRegionIds,
  adoptionsByIds,
} from './modules/adoptions/adoptions.repository';

/**
 * Per-request loaders: each entity type and relation costs one SQL statement per request, whatever the list length.
 * Relations that reach actions only return the ones the caller may see.
 */
export function createLoaders(db: Db, visibility: ActionVisibility) {
  return {
    actionById: entityLoader(
      (ids: readonly string[]) => actionsByIds(db, ids),
      (row) => row.id,
    ),
    stepsByAction: groupLoader(
      (ids: readonly string[]) => stepsByActionIds(db, ids),
      (row) => row.actionId,
    ),
    statusChangesByAction: groupLoader(
      (ids: readonly string[]) => statusChangesByActionIds(db, ids),
      (row) => row.actionId,
    ),
    actionsByConference: groupLoader(
      (ids: readonly string[]) => actionsByConferenceIds(db, ids, visibility),
      (row) => row.originConferenceId as string,
    ),
    actionPagesByOriginRegion: groupPageLoader((ids, page) => actionPagesByOriginRegionIds(db, ids, page, visibility)),
    adoptionById: entityLoader(
      (ids: readonly string[]) => adoptionsByIds(db, ids),
      (row) => row.id,
    ),
    activeAdoptionsByAction: groupLoader(
      (ids: readonly string[]) => activeAdoptionsByActionIds(db, ids),
      (row) => row.actionId,
    ),
    adoptionPagesByAction: groupPageLoader((ids, page) => adoptionPagesByActionIds(db, ids, page)),
    adoptionPagesByRegion: groupPageLoader((ids, page) => adoptionPagesByRegionIds(db, ids, page, visibility)),
  };
}

export type ActionPoolLoaders = ReturnType<typeof createLoaders>;
