import { type Caller, canManageRegion, hasRole, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { ConferenceRow } from '../../db/schema';
import { lockConference } from './conferences.repository';

/** Drafts are internal to staff and the region's own team; every other status is public. */
export function canSeeConference(caller: Caller, conference: ConferenceRow): boolean {
  return conference.status !== 'draft' || canManageRegion(caller, conference.regionId);
}

/** Refuses callers who cannot manage any region before anything is read. */
export function requireConferenceManager(caller: Caller): void {
  if (!isStaff(caller) && !(hasRole(caller, 'regional_team') && caller.regionIds.length > 0)) {
    throw forbidden("Only staff and the region's own team may manage conferences.");
  }
}

export type Managed = { conference: ConferenceRow; error?: never } | { conference?: never; error: UserError };

/**
 * Locks the conference row for the rest of the transaction, so that every check on it and on its registrations holds
 * until the change is written; FORBIDDEN when the caller may not manage the conference's region.
 */
export async function lockManagedConference(
  tx: Db,
  caller: Caller,
  conferenceId: string,
  field: string[],
): Promise<Managed> {
  const conference = await lockConference(tx, conferenceId);
  if (!conference) return { error: userError(field, 'There is no conference with this id.', 'NOT_FOUND') };
  if (!canManageRegion(caller, conference.regionId)) {
    throw forbidden("Only staff and the region's own team may manage this conference.");
  }
  return { conference };
}

export function notCancelled(conference: ConferenceRow, field: string[]): UserError[] {
  return conference.status === 'cancelled'
    ? [userError(field, `${conference.title} is cancelled and cannot change.`, 'CONFERENCE_CANCELLED')]
    : [];
}
