import { type Caller, canManageRegion, hasRole, isAuthenticated, isPerson } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { erasedPersonErrors, forbidden, type UserError, userError } from '@mitmach/server-kit';
import { type ConferenceRow, erasedPersonIds, type RegistrationRow, type Sector } from '../../db/schema';
import { conferenceChangedSince, conferenceSnapshot } from '../../events/change-events';
import { registrationsChanged } from '../../events/conference-events';
import { registrationNotices } from '../../events/registration-notices';
import { canSeeConference, lockManagedConference, requireConferenceManager } from '../conferences/conference-access';
import { lockConference } from '../conferences/conferences.repository';
import {
  activeRegistration,
  confirmedCount,
  insertRegistration,
  registrationById,
  registrationsByIds,
  setAttendance,
} from './registrations.repository';
import { releasePlace } from './release-place';

const maxAttendanceEntries = 500;

export interface RegistrationResult {
  registration: RegistrationRow | null;
  conference: ConferenceRow | null;
  userErrors: UserError[];
}

export interface CancellationResult extends RegistrationResult {
  promotedRegistration: RegistrationRow | null;
}

const noConference = userError(['input', 'conferenceId'], 'There is no conference with this id.', 'NOT_FOUND');

/** People registering themselves: members, and team members or staff who come as participants. */
function registersSelf(caller: Caller, personId: string): boolean {
  return isPerson(caller, personId) && hasRole(caller, 'member', 'regional_team', 'staff');
}

/**
 * Confirms the person while places are free and puts them on the waitlist after. The conference row stays locked from
 * counting to inserting, so concurrent registrations queue up behind each other and never exceed the capacity.
 */
export async function register(
  db: Db,
  caller: Caller,
  command: { conferenceId: string; personId?: string | null; sector: Sector },
): Promise<RegistrationResult> {
  const personId = command.personId ?? caller.personId;
  if (!personId) throw forbidden('Sign in as a person to register yourself.');
  const forSelf = registersSelf(caller, personId);
  if (!forSelf) requireConferenceManager(caller);
  const rejected = (error: UserError): RegistrationResult => ({
    registration: null,
    conference: null,
    userErrors: [error],
  });
  return db.transaction(async (tx) => {
    const [erased] = await erasedPersonErrors(tx, erasedPersonIds, [personId], ['input', 'personId']);
    if (erased) return rejected(erased);
    const conference = await lockConference(tx, command.conferenceId);
    if (!conference || !canSeeConference(caller, conference)) return rejected(noConference);
    if (!forSelf && !canManageRegion(caller, conference.regionId)) {
      throw forbidden("Only staff and the region's own team may register other people.");
    }
    if (conference.status !== 'open_for_registration') {
      return rejected(
        userError(
          ['input', 'conferenceId'],
          `${conference.title} is ${conference.status.toUpperCase()}; registration needs OPEN_FOR_REGISTRATION.`,
          'REGISTRATION_NOT_OPEN',
        ),
      );
    }
    const before = await conferenceSnapshot(tx, conference);
    if (await activeRegistration(tx, conference.id, personId)) {
      return rejected(
        userError(
          ['input', 'personId'],
          `The person is registered for ${conference.title} already.`,
          'ALREADY_REGISTERED',
        ),
      );
    }
    const confirmed = await confirmedCount(tx, conference.id);
    const registration = await insertRegistration(tx, {
      conferenceId: conference.id,
      personId,
      sector: command.sector,
      status: confirmed < conference.capacity ? 'confirmed' : 'waitlisted',
      registeredBy: caller.personId,
    });
    await registrationsChanged(tx, conference, [registration], registration.registeredAt);
    await registrationNotices(tx, conference, [{ kind: registration.status, registration }], registration.registeredAt);
    return { registration, conference: await conferenceChangedSince(tx, before), userErrors: [] };
  });
}

/** Cancels a registration; a place it frees goes to the first person on the waitlist in the same transaction. */
export async function cancelRegistration(
  db: Db,
  caller: Caller,
  command: { registrationId: string },
): Promise<CancellationResult> {
  if (!isAuthenticated(caller)) throw forbidden('Sign in to cancel a registration.');
  const rejected = (error: UserError): CancellationResult => ({
    registration: null,
    promotedRegistration: null,
    conference: null,
    userErrors: [error],
  });
  const missing = userError(['input', 'registrationId'], 'There is no registration with this id.', 'NOT_FOUND');
  return db.transaction(async (tx) => {
    const found = await registrationById(tx, command.registrationId);
    if (!found) return rejected(missing);
    const conference = await lockConference(tx, found.conferenceId);
    const registration = await registrationById(tx, command.registrationId);
    if (!conference || !registration) return rejected(missing);
    const own = registration.personId !== null && isPerson(caller, registration.personId);
    if (!own && !canManageRegion(caller, conference.regionId)) {
      throw forbidden("Only the person themself, staff and the region's own team may cancel a registration.");
    }
    if (registration.status === 'cancelled') {
      return rejected(
        userError(['input', 'registrationId'], 'The registration is cancelled already.', 'ALREADY_CANCELLED'),
      );
    }
    if (conference.status !== 'open_for_registration' && conference.status !== 'registration_closed') {
      return rejected(
        userError(
          ['input', 'registrationId'],
          `${conference.title} is ${conference.status.toUpperCase()}; registrations can no longer be cancelled.`,
          'CANCELLATION_CLOSED',
        ),
      );
    }
    const now = new Date();
    const before = await conferenceSnapshot(tx, conference);
    const { cancelled, promoted } = await releasePlace(tx, conference, registration, now);
    await registrationsChanged(
      tx,
      conference,
      [cancelled, ...promoted].filter((row) => !row.awaitingConfirmation),
      now,
    );
    await registrationNotices(
      tx,
      conference,
      [
        { kind: 'cancelled', registration: cancelled },
        ...promoted.map((row) => ({ kind: 'promoted' as const, registration: row })),
      ],
      now,
    );
    return {
      registration: cancelled,
      promotedRegistration: promoted[0] ?? null,
      conference: await conferenceChangedSince(tx, before),
      userErrors: [],
    };
  });
}

export async function markAttendance(
  db: Db,
  caller: Caller,
  command: { conferenceId: string; attendance: { registrationId: string; attended: boolean }[] },
): Promise<{ registrations: RegistrationRow[]; conference: ConferenceRow | null; userErrors: UserError[] }> {
  requireConferenceManager(caller);
  const rejected = (userErrors: UserError[]) => ({ registrations: [], conference: null, userErrors });
  const ids = command.attendance.map((entry) => entry.registrationId);
  if (ids.length < 1 || ids.length > maxAttendanceEntries) {
    return rejected([
      userError(['input', 'attendance'], `Give 1 to ${maxAttendanceEntries} entries, got ${ids.length}.`),
    ]);
  }
  if (new Set(ids).size !== ids.length) {
    return rejected([userError(['input', 'attendance'], 'A registration is listed twice.', 'DUPLICATE')]);
  }
  return db.transaction(async (tx) => {
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return rejected([managed.error]);
    const conference = managed.conference;
    if (conference.status !== 'held') {
      return rejected([
        userError(
          ['input', 'conferenceId'],
          `${conference.title} is ${conference.status.toUpperCase()}; attendance is marked while it is HELD.`,
          'CONFERENCE_NOT_HELD',
        ),
      ]);
    }
    const byId = new Map((await registrationsByIds(tx, ids)).map((row) => [row.id, row]));
    const errors = ids.flatMap((id, index) => {
      const row = byId.get(id);
      const field = ['input', 'attendance', String(index), 'registrationId'];
      if (!row || row.conferenceId !== conference.id) {
        return [userError(field, 'There is no registration with this id for this conference.', 'NOT_FOUND')];
      }
      return row.status === 'confirmed'
        ? []
        : [userError(field, `The registration is ${row.status.toUpperCase()}, not CONFIRMED.`, 'NOT_CONFIRMED')];
    });
    if (errors.length > 0) return rejected(errors);
    const now = new Date();
    const before = await conferenceSnapshot(tx, conference);
    await setAttendance(tx, command.attendance, now);
    const updated = new Map((await registrationsByIds(tx, ids)).map((row) => [row.id, row]));
    const marked = ids.flatMap((id) => updated.get(id) ?? []);
    await registrationsChanged(tx, conference, marked, now);
    return { registrations: marked, conference: await conferenceChangedSince(tx, before), userErrors: [] };
  });
}
