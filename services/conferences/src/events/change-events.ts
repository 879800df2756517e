import type { Db } from '@mitmach/db';
import { changedFields, contracts, writeChange } from '@mitmach/events';
import { eq, sql } from 'drizzle-orm';
import { type ConferenceRow, conferences, type OutcomeRow, outbox } from '../db/schema';
import { venueOf } from '../modules/conferences/conference-input';
import { conferencesByIds, daysByConferenceIds } from '../modules/conferences/conferences.repository';
import { registrationCountsByConferenceIds } from '../modules/registrations/registrations.repository';

type ConferenceField = (typeof contracts.conferenceChangedV2.fields)[number];
export type ConferenceSnapshot = Readonly<Record<ConferenceField, unknown>> & { id: string };

/** The public fields of a conference as a change compares them, read inside the transaction that changes it. */
export async function conferenceSnapshot(db: Db, conference: ConferenceRow): Promise<ConferenceSnapshot> {
  const [days, [counts]] = await Promise.all([
    daysByConferenceIds(db, [conference.id]),
    registrationCountsByConferenceIds(db, [conference.id]),
  ]);
  const confirmed = counts?.confirmed ?? 0;
  return {
    id: conference.id,
    region: conference.regionId,
    title: conference.title,
    description: conference.description,
    format: conference.format,
    days: days.map((day) => [day.date, day.startsAt, day.endsAt]),
    timeZone: conference.timeZone,
    venue: venueOf(conference),
    attendanceMode: conference.attendanceMode,
    fieldsOfAction: conference.fieldSlugs,
    status: conference.status,
    capacity: conference.capacity,
    confirmedCount: confirmed,
    waitlistCount: counts?.waitlisted ?? 0,
    remainingCapacity: Math.max(0, conference.capacity - confirmed),
    attendedCount: counts?.attended ?? 0,
    agenda: null,
    initiativeMap: null,
  };
}

// Drafts are internal to staff and the region's team (see conference-access); every other status is public.
const isPublic = (status: ConferenceRow['status']) => status !== 'draft';

export function conferenceCreated(db: Db, conference: ConferenceRow) {
  return writeChange(db, outbox, contracts.conferenceChangedV2, {
    key: { id: conference.id },
    kind: 'created',
    public: isPublic(conference.status),
    version: conference.version,
    status: conference.status,
  });
}

/**
 * Compares the conference with the snapshot taken when its row was locked, and when anything public changed (or the
 * agenda or initiative map, which the caller names), raises its version and writes one change event. Returns the
 * conference as it is now.
 */
export async function conferenceChangedSince(
  db: Db,
  before: ConferenceSnapshot,
  also: readonly ('agenda' | 'initiativeMap')[] = [],
): Promise<ConferenceRow> {
  const [current] = await conferencesByIds(db, [before.id]);
  if (!current) throw new Error(`conference ${before.id} vanished inside its own transaction`);
  const fields = [
    ...changedFields(contracts.conferenceChangedV2.fields, before, await conferenceSnapshot(db, current)),
    ...also,
  ];
  if (fields.length === 0) return current;
  const [raised] = await db
    .update(conferences)
    .set({ version: sql`${conferences.version} + 1` })
    .where(eq(conferences.id, current.id))
    .returning();
  if (!raised) throw new Error(`conference ${current.id} vanished inside its own transaction`);
  await writeChange(db, outbox, contracts.conferenceChangedV2, {
    key: { id: raised.id },
    kind: fields.includes('status') ? 'status_changed' : 'updated',
    changedFields: fields,
    public: isPublic(raised.status),
    version: raised.version,
    status: raised.status,
  });
  return raised;
}

// Outcomes are recorded only for conferences that took place, which are public.
export function outcomeCreated(db: Db, outcome: OutcomeRow) {
  return writeChange(db, outbox, contracts.outcomeChanged, {
    key: { id: outcome.id, conferenceId: outcome.conferenceId },
    kind: 'created',
    public: true,
    version: outcome.version,
  });
}

/** A change of a part of the conference that only the caller can tell (a session, an initiative map entry). */
export async function conferencePartChanged(db: Db, conference: ConferenceRow, part: 'agenda' | 'initiativeMap') {
  const [raised] = await db
    .update(conferences)
    .set({ version: sql`${conferences.version} + 1` })
    .where(eq(conferences.id, conference.id))
    .returning();
  if (!raised) throw new Error(`conference ${conference.id} vanished inside its own transaction`);
  await writeChange(db, outbox, contracts.conferenceChangedV2, {
    key: { id: raised.id },
    kind: 'updated',
    changedFields: [part],
    public: isPublic(raised.status),
    version: raised.version,
    status: raised.status,
  });
  return raised;
}
