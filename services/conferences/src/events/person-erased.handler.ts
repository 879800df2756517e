import type { Db } from '@mitmach/db';
import {
  acknowledgeErasure,
  type contracts,
  deletePersonKey,
  type EventEnvelope,
  forgetDeadLettersOf,
  type PayloadOf,
} from '@mitmach/events';
import { lockPersonForErasure, recordErasedPerson } from '@mitmach/server-kit';
import { deadLetters, erasedPersonIds, outbox, personKeys, type RegistrationRow } from '../db/schema';
import { lockConference } from '../modules/conferences/conferences.repository';
import { confirmedCount, promoteWaitlisted } from '../modules/registrations/registrations.repository';
import { conferenceChangedSince, conferenceSnapshot } from './change-events';
import { registrationsChanged } from './conference-events';
import {
  anonymiseRegistrations,
  cancelAnonymously,
  forgetPersonElsewhere,
  registrationsOfPerson,
} from './person-references.repository';

const stillAhead = new Set(['open_for_registration', 'registration_closed']);

/**
 * A person erased in the people service is named nowhere here any more. What they took part in still counts: past
 * registrations keep their status and attendance but lose the person, so conference figures do not change after the
 * fact. A place they held at a conference still ahead is given up, and the first person waiting moves up, as if they
 * had cancelled. They leave agendas and outcomes, and every "done by" column forgets them. Each changed registration
 * is reported without the person. Running it again finds nothing, so a repeated erasure changes nothing. The id is
 * kept as erased, so no later write brings the person back; their key is deleted, so the events that named them
 * name nobody; the dead letters that name them are deleted; and the erasure is acknowledged.
 */
export async function onPersonErased(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.personErased>>) {
  const { personId, erasedAt } = event.payload;
  await lockPersonForErasure(tx, personId);
  const now = new Date();
  const byConference = new Map<string, RegistrationRow[]>();
  for (const row of await registrationsOfPerson(tx, personId)) {
    byConference.set(row.conferenceId, [...(byConference.get(row.conferenceId) ?? []), row]);
  }
  // Conferences are locked in one order, so that this never deadlocks with another transaction locking several.
  for (const conferenceId of [...byConference.keys()].sort()) {
    const conference = await lockConference(tx, conferenceId);
    if (!conference) throw new Error(`registration of unknown conference ${conferenceId}`);
    const before = await conferenceSnapshot(tx, conference);
    const own = byConference.get(conferenceId) ?? [];
    const ahead = stillAhead.has(conference.status);
    const givenUp = ahead ? own.filter((row) => row.status !== 'cancelled') : [];
    const cancelled = await cancelAnonymously(
      tx,
      givenUp.map((row) => row.id),
      now,
    );
    const kept = await anonymiseRegistrations(
      tx,
      own.filter((row) => !givenUp.includes(row)).map((row) => row.id),
    );
    const freed = givenUp.some((row) => row.status === 'confirmed');
    const promoted = freed
      ? await promoteWaitlisted(tx, conference.id, conference.capacity - (await confirmedCount(tx, conference.id)), now)
      : [];
    await registrationsChanged(tx, conference, [...cancelled, ...kept, ...promoted], now);
    await conferenceChangedSince(tx, before);
  }
  await forgetPersonElsewhere(tx, personId);
  await deletePersonKey(tx, personKeys, personId);
  await recordErasedPerson(tx, erasedPersonIds, personId, new Date(erasedAt));
  await forgetDeadLettersOf(tx, deadLetters, personId);
  await acknowledgeErasure(tx, outbox, 'conferences', event);
}
