import type { Db } from '@mitmach/db';
import type { contracts, EventContract, EventEnvelope, PayloadOf } from '@mitmach/events';
import type { ConferenceRow, RegistrationRow } from '../db/schema';
import { lockConference } from '../modules/conferences/conferences.repository';
import {
  activeRegistration,
  confirmedCount,
  confirmGuestRow,
  insertRegistration,
  registrationById,
  registrationOfGuest,
} from '../modules/registrations/registrations.repository';
import { releasePlace } from '../modules/registrations/release-place';
import { conferenceChangedSince, conferenceSnapshot } from './change-events';
import { registrationsChanged } from './conference-events';
import { guestRefused, registrationNotices } from './registration-notices';

type Envelope<Contract extends EventContract> = EventEnvelope<PayloadOf<Contract>>;

/**
 * Holds a place for a guest while there is one, a waitlist position otherwise, under the conference's lock like any
 * registration. The hold is not public: no registration event until the guest confirms.
 */
export async function onGuestRegistrationRequested(
  tx: Db,
  event: Envelope<typeof contracts.guestRegistrationRequested>,
): Promise<void> {
  const { guestId, conferenceId, sector } = event.payload;
  const conference = await lockConference(tx, conferenceId);
  if (!conference || conference.status === 'draft') {
    await guestRefused(tx, guestId, null);
    return;
  }
  if (conference.status !== 'open_for_registration') {
    await guestRefused(tx, guestId, conference);
    return;
  }
  if (await registrationOfGuest(tx, guestId)) return;
  const confirmed = await confirmedCount(tx, conference.id);
  const registration = await insertRegistration(tx, {
    conferenceId: conference.id,
    personId: null,
    guestId,
    awaitingConfirmation: true,
    sector,
    status: confirmed < conference.capacity ? 'confirmed' : 'waitlisted',
  });
  await registrationNotices(tx, conference, [{ kind: 'held', registration }]);
}

/** Lapsed holds are given up (the waitlist moves up); confirmed ones become the person's registration. */
export async function onGuestRegistrationSettled(
  tx: Db,
  event: Envelope<typeof contracts.guestRegistrationSettled>,
): Promise<void> {
  const { guestId, outcome, personId } = event.payload;
  const found = await registrationOfGuest(tx, guestId);
  if (!found) return;
  const conference = await lockConference(tx, found.conferenceId);
  const registration = await registrationById(tx, found.id);
  if (!conference || !registration?.awaitingConfirmation || registration.status === 'cancelled') {
    return;
  }
  const now = new Date();
  const before = await conferenceSnapshot(tx, conference);
  if (outcome === 'lapsed' || !personId) {
    await giveUp(tx, conference, registration, now, null);
  } else if (await activeRegistration(tx, conference.id, personId)) {
    // The person was registered already (by staff, or with an account): the held place is not needed.
    await giveUp(tx, conference, registration, now, null);
  } else {
    const confirmed = await confirmGuestRow(tx, registration.id, personId);
    await registrationsChanged(tx, conference, [confirmed], now);
    await registrationNotices(tx, conference, [{ kind: confirmed.status, registration: confirmed }], now);
  }
  await conferenceChangedSince(tx, before);
}

/** The link of a registration's e-mail cancels it without an account. */
export async function onRegistrationCancellationRequested(
  tx: Db,
  event: Envelope<typeof contracts.registrationCancellationRequested>,
): Promise<void> {
  const found = await registrationById(tx, event.payload.registrationId);
  if (!found) return;
  const conference = await lockConference(tx, found.conferenceId);
  const registration = await registrationById(tx, found.id);
  if (!conference || !registration || registration.status === 'cancelled') return;
  if (conference.status !== 'open_for_registration' && conference.status !== 'registration_closed') return;
  const now = new Date();
  const before = await conferenceSnapshot(tx, conference);
  await giveUp(tx, conference, registration, now, 'cancelled');
  await conferenceChangedSince(tx, before);
}

async function giveUp(
  tx: Db,
  conference: ConferenceRow,
  registration: RegistrationRow,
  now: Date,
  notice: 'cancelled' | null,
): Promise<void> {
  const { cancelled, promoted } = await releasePlace(tx, conference, registration, now);
  // Holds of guests who have not confirmed are not public, so neither is their end or their move up.
  const publicRows = [cancelled, ...promoted].filter((row) => !row.awaitingConfirmation);
  await registrationsChanged(tx, conference, publicRows, now);
  await registrationNotices(
    tx,
    conference,
    [
      ...(notice ? [{ kind: notice, registration: cancelled }] : []),
      ...promoted.map((row) => ({ kind: 'promoted' as const, registration: row })),
    ],
    now,
  );
}
