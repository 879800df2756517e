import type { Db } from '@mitmach/db';
import { contracts, type PayloadOf, writeEvent } from '@mitmach/events';
import { type ConferenceRow, outbox, type RegistrationRow } from '../db/schema';

type Country = 'DE' | 'AT' | 'CH' | 'IT';
export type NoticeKind = PayloadOf<typeof contracts.registrationNotice>['kind'];

export interface Notice {
  kind: NoticeKind;
  registration: RegistrationRow;
}

function venueOf(conference: ConferenceRow): string | null {
  if (!conference.venueName) return null;
  return [
    conference.venueName,
    conference.venueStreet,
    `${conference.venuePostalCode ?? ''} ${conference.venueCity ?? ''}`,
  ]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

function conferenceDetails(conference: ConferenceRow) {
  return {
    id: conference.id,
    title: conference.title,
    country: conference.country as Country,
    timeZone: conference.timeZone,
    startsAt: conference.startsAt.toISOString(),
    endsAt: conference.endsAt.toISOString(),
    venue: venueOf(conference),
    online: conference.attendanceMode === 'online',
  };
}

/** Tells the people service, in the transaction of the change, whom to write to about what. */
export async function registrationNotices(
  tx: Db,
  conference: ConferenceRow,
  notices: readonly Notice[],
  at = new Date(),
): Promise<void> {
  for (const { kind, registration } of notices) {
    await writeEvent(tx, outbox, contracts.registrationNotice, {
      aggregateId: registration.id,
      occurredAt: at,
      payload: {
        kind,
        registrationId: registration.id,
        guestId: registration.awaitingConfirmation ? registration.guestId : null,
        personId: registration.personId,
        status: registration.status,
        conference: conferenceDetails(conference),
        noticeAt: at.toISOString(),
      },
    });
  }
}

/** A guest asked for a conference that takes no registrations (or does not exist): no place, only a message. */
export function guestRefused(tx: Db, guestId: string, conference: ConferenceRow | null, at = new Date()) {
  return writeEvent(tx, outbox, contracts.registrationNotice, {
    aggregateId: guestId,
    occurredAt: at,
    payload: {
      kind: 'refused',
      registrationId: null,
      guestId,
      personId: null,
      status: null,
      conference: conference ? conferenceDetails(conference) : null,
      noticeAt: at.toISOString(),
    },
  });
}
