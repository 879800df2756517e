import type { Db } from '@mitmach/db';
import { contracts, sealPersonRef, writeEvent } from '@mitmach/events';
import { type ConferenceRow, type OutcomeRow, outbox, personKeys, type RegistrationRow } from '../db/schema';
import { localDate } from '../modules/zoned-time';

type Country = 'DE' | 'AT' | 'CH' | 'IT';

// Every writer takes the transaction that makes the change, so the event commits with it or not at all.

/** The conference took place; the region may now draw grants. Dated on its first day, in its own time zone. */
export function conferenceHeld(db: Db, conference: ConferenceRow, occurredAt = new Date()) {
  return writeEvent(db, outbox, contracts.conferenceHeld, {
    aggregateId: conference.id,
    occurredAt,
    payload: {
      conferenceId: conference.id,
      regionId: conference.regionId,
      country: conference.country as Country,
      format: conference.format,
      heldOn: localDate(conference.startsAt, conference.timeZone),
    },
  });
}

export function outcomeRecorded(db: Db, conference: ConferenceRow, outcome: OutcomeRow) {
  return writeEvent(db, outbox, contracts.outcomeRecorded, {
    aggregateId: outcome.id,
    occurredAt: outcome.recordedAt,
    payload: {
      outcomeId: outcome.id,
      conferenceId: conference.id,
      regionId: conference.regionId,
      country: conference.country as Country,
      kind: outcome.kind,
      title: outcome.title,
      description: outcome.description,
      fieldsOfAction: outcome.fieldSlugs,
      sdgs: outcome.sdgs,
      recordedAt: outcome.recordedAt.toISOString(),
    },
  });
}

/**
 * One event per registration with its state after the change: made, moved up, cancelled, attendance marked. The
 * person travels sealed with their key, so that erasing them makes every copy of the event name nobody.
 */
export async function registrationsChanged(
  db: Db,
  conference: ConferenceRow,
  registrations: readonly RegistrationRow[],
  changedAt = new Date(),
): Promise<void> {
  for (const registration of registrations) {
    await writeEvent(db, outbox, contracts.registrationChanged, {
      aggregateId: registration.id,
      occurredAt: changedAt,
      payload: {
        registrationId: registration.id,
        conferenceId: conference.id,
        regionId: conference.regionId,
        country: conference.country as Country,
        personId: null,
        personRef: registration.personId ? await sealPersonRef(db, personKeys, registration.personId) : null,
        sector: registration.sector,
        status: registration.status,
        attended: registration.attended,
        changedAt: changedAt.toISOString(),
      },
    });
  }
}
