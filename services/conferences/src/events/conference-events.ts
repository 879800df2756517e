import type { Db } from '@mitmach/db';
import { contracts, type NewEvent, sealPersonRefs, writeEvent, writeEvents } from '@mitmach/events';
import { type ConferenceRow, type OutcomeRow, outbox, personKeys, type RegistrationRow } from '../db/schema';
import { localDate } from '../modules/zoned-time';

type Country = 'DE' | 'AT' | 'CH' | 'IT';

// Every writer takes the transaction that makes the change, so the event commits with it or not at all.

/** The conference took place; the region may now draw grants. Dated on its first day, in its own time zone. */
export function conferenceHeldEvent(
  conference: ConferenceRow,
  occurredAt = new Date(),
): NewEvent<typeof contracts.conferenceHeld> {
  return {
    aggregateId: conference.id,
    occurredAt,
    payload: {
      conferenceId: conference.id,
      regionId: conference.regionId,
      country: conference.country as Country,
      format: conference.format,
      heldOn: localDate(conference.startsAt, conference.timeZone),
    },
  };
}

export function conferenceHeld(db: Db, conference: ConferenceRow, occurredAt = new Date()) {
  return writeEvent(db, outbox, contracts.conferenceHeld, conferenceHeldEvent(conference, occurredAt));
}

export function outcomeRecordedEvent(
  conference: ConferenceRow,
  outcome: OutcomeRow,
): NewEvent<typeof contracts.outcomeRecorded> {
  return {
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
  };
}

export function outcomeRecorded(db: Db, conference: ConferenceRow, outcome: OutcomeRow) {
  return writeEvent(db, outbox, contracts.outcomeRecorded, outcomeRecordedEvent(conference, outcome));
}

/** A registration in its state after a change, with the conference it belongs to and the moment it changed. */
export interface RegistrationChange {
  conference: ConferenceRow;
  registration: RegistrationRow;
  changedAt: Date;
}

/**
 * One event per registration with its state after the change: made, moved up, cancelled, attendance marked. The
 * person travels sealed with their key, so that erasing them makes every copy of the event name nobody. All of them
 * go out in a few statements, however many registrations changed.
 */
export async function registrationChanges(db: Db, changes: readonly RegistrationChange[]): Promise<void> {
  const named = changes.flatMap(({ registration }) => (registration.personId ? [registration] : []));
  const sealed = await sealPersonRefs(
    db,
    personKeys,
    named.map((registration) => registration.personId as string),
  );
  const refOf = new Map(named.map((registration, index) => [registration.id, sealed[index] ?? null]));
  await writeEvents(
    db,
    outbox,
    contracts.registrationChanged,
    changes.map(({ conference, registration, changedAt }) => ({
      aggregateId: registration.id,
      occurredAt: changedAt,
      payload: {
        registrationId: registration.id,
        conferenceId: conference.id,
        regionId: conference.regionId,
        country: conference.country as Country,
        personId: null,
        personRef: refOf.get(registration.id) ?? null,
        sector: registration.sector,
        status: registration.status,
        attended: registration.attended,
        changedAt: changedAt.toISOString(),
      },
    })),
  );
}

/** The registrations of one conference that changed together at one moment. */
export function registrationsChanged(
  db: Db,
  conference: ConferenceRow,
  registrations: readonly RegistrationRow[],
  changedAt = new Date(),
): Promise<void> {
  return registrationChanges(
    db,
    registrations.map((registration) => ({ conference, registration, changedAt })),
  );
}
