import type { Db } from '@mitmach/db';
import { demoConferences, demoPeople, regionId, venueOf } from '@mitmach/demo-network';
import { contracts, writeEvents } from '@mitmach/events';
import { count } from 'drizzle-orm';
import {
  type ConferenceRow,
  conferenceDays,
  conferenceStatusChanges,
  conferences,
  initiativeMapEntries,
  type NewConference,
  type OutcomeRow,
  outbox,
  outcomes,
  type RegistrationRow,
  registrations,
  sessions,
} from '../db/schema';
import { conferenceHeldEvent, outcomeRecordedEvent, registrationChanges } from '../events/conference-events';
import { agendaRows } from './agendas';
import { registrationRows } from './attendees';
import { initiativeMapRows } from './initiative-maps';
import { outcomeRows } from './outcomes';
import { type SeedConference, seedConference } from './seed-conference';
import { statusHistoryRows } from './status-history';

function conferenceRow(conference: SeedConference, createdAt: Date): NewConference {
  const { plan, region } = conference;
  const first = conference.days[0];
  const last = conference.days.at(-1);
  if (!first || !last) throw new Error(`${plan.key} has no days`);
  const venue = plan.attendanceMode === 'online' ? null : venueOf(region.slug);
  return {
    id: conference.id,
    regionId: regionId(region.slug),
    country: region.country,
    title: plan.title,
    description: plan.description,
    format: plan.format,
    timeZone: conference.timeZone,
    attendanceMode: plan.attendanceMode,
    capacity: plan.capacity,
    status: plan.status,
    startsAt: first.startsAt,
    endsAt: last.endsAt,
    fieldSlugs: plan.fieldsOfAction,
    venueName: venue?.name ?? null,
    venueStreet: venue?.street ?? null,
    venuePostalCode: venue?.postalCode ?? null,
    venueCity: venue?.city ?? null,
    venueCountry: venue ? region.country : null,
    venueLat: venue ? region.lat : null,
    venueLng: venue ? region.lng : null,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * The seeded history is published like any other, so that read models built from events see the same network: every
 * conference that took place, every outcome, and every registration in its current state.
 */
async function publishHistory(
  db: Db,
  rows: readonly ConferenceRow[],
  registered: readonly RegistrationRow[],
  recorded: readonly OutcomeRow[],
): Promise<void> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const conferenceOf = (id: string) => {
    const conference = byId.get(id);
    if (!conference) throw new Error(`seeded row of unknown conference ${id}`);
    return conference;
  };
  await writeEvents(
    db,
    outbox,
    contracts.conferenceHeld,
    rows
      .filter((conference) => conference.status === 'held' || conference.status === 'documented')
      .map((conference) => conferenceHeldEvent(conference, conference.startsAt)),
  );
  await writeEvents(
    db,
    outbox,
    contracts.outcomeRecorded,
    recorded.map((outcome) => outcomeRecordedEvent(conferenceOf(outcome.conferenceId), outcome)),
  );
  await registrationChanges(
    db,
    registered.map((registration) => ({
      conference: conferenceOf(registration.conferenceId),
      registration,
      changedAt:
        registration.attendanceMarkedAt ??
        registration.cancelledAt ??
        registration.promotedAt ??
        registration.registeredAt,
    })),
  );
}

/** Loads the demo conferences once: a database that already has conferences is left as it is. */
export async function seedDemoConferences(db: Db): Promise<{ seeded: boolean; conferences: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ value: count() }).from(conferences);
    if ((existing?.value ?? 0) > 0) return { seeded: false, conferences: existing?.value ?? 0 };

    const people = new Map(demoPeople().map((person) => [person.key, person]));
    const all = demoConferences().map(seedConference);
    const histories = all.map(statusHistoryRows);
    const rows = await tx
      .insert(conferences)
      .values(all.map((conference, index) => conferenceRow(conference, histories[index]?.[0]?.changedAt ?? new Date())))
      .returning();
    await tx
      .insert(conferenceDays)
      .values(all.flatMap((conference) => conference.days.map((day) => ({ conferenceId: conference.id, ...day }))));
    await tx.insert(conferenceStatusChanges).values(histories.flat());
    await tx.insert(sessions).values(all.flatMap(agendaRows));
    // The registration order is the identity column, so registrations go in in the order they were made.
    const registrationsInOrder = all
      .flatMap((conference) => registrationRows(conference, people))
      .sort((a, b) => (a.registeredAt?.getTime() ?? 0) - (b.registeredAt?.getTime() ?? 0));
    const registered = [];
    for (let offset = 0; offset < registrationsInOrder.length; offset += 1000) {
      registered.push(
        ...(await tx
          .insert(registrations)
          .values(registrationsInOrder.slice(offset, offset + 1000))
          .returning()),
      );
    }
    const firstConferences = all.filter(
      (conference) => conference.plan.format === 'mitmach_konferenz' && conference.plan.status === 'documented',
    );
    await tx.insert(initiativeMapEntries).values(firstConferences.flatMap(initiativeMapRows));
    const recorded = await tx.insert(outcomes).values(all.flatMap(outcomeRows)).returning();
    await publishHistory(tx, rows, registered, recorded);
    return { seeded: true, conferences: all.length };
  });
}
