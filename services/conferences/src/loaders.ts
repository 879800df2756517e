import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader } from '@mitmach/server-kit';
import type { RegistrationRow } from './db/schema';
import { sessionsByConferenceIds } from './modules/agenda/agenda.repository';
import {
  conferencesByIds,
  conferencesByRegionIds,
  daysByConferenceIds,
  statusChangesByConferenceIds,
} from './modules/conferences/conferences.repository';
import { mapEntriesByConferenceIds } from './modules/initiative-map/initiative-map.repository';
import { outcomesByConferenceIds, outcomesByIds } from './modules/outcomes/outcomes.repository';
import {
  registrationCountsByConferenceIds,
  registrationsByConferenceIds,
  registrationsOfPersonFor,
} from './modules/registrations/registrations.repository';

async function latestOfCaller(db: Db, caller: Caller, conferenceIds: readonly string[]): Promise<RegistrationRow[]> {
  if (!caller.personId) return [];
  const latestFirst = await registrationsOfPersonFor(db, caller.personId, conferenceIds);
  return latestFirst.filter(
    (row, index) => latestFirst.findIndex((other) => other.conferenceId === row.conferenceId) === index,
  );
}

/**
 * Per-request loaders: each entity type and relation costs one SQL statement per request, whatever the list length.
 * They are made for one caller, whose own registrations one of them loads.
 */
export function createLoaders(db: Db, caller: Caller) {
  return {
    conferenceById: entityLoader(
      (ids: readonly string[]) => conferencesByIds(db, ids),
      (row) => row.id,
    ),
    conferencesByRegion: groupLoader(
      (ids: readonly string[]) => conferencesByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    daysByConference: groupLoader(
      (ids: readonly string[]) => daysByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    statusChangesByConference: groupLoader(
      (ids: readonly string[]) => statusChangesByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    sessionsByConference: groupLoader(
      (ids: readonly string[]) => sessionsByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    registrationsByConference: groupLoader(
      (ids: readonly string[]) => registrationsByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    registrationCountsByConference: entityLoader(
      (ids: readonly string[]) => registrationCountsByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    callerRegistrationByConference: entityLoader(
      (ids: readonly string[]) => latestOfCaller(db, caller, ids),
      (row) => row.conferenceId,
    ),
    mapEntriesByConference: groupLoader(
      (ids: readonly string[]) => mapEntriesByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    outcomesByConference: groupLoader(
      (ids: readonly string[]) => outcomesByConferenceIds(db, ids),
      (row) => row.conferenceId,
    ),
    outcomeById: entityLoader(
      (ids: readonly string[]) => outcomesByIds(db, ids),
      (row) => row.id,
    ),
  };
}

export type ConferencesLoaders = ReturnType<typeof createLoaders>;
