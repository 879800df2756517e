import { randomUUID } from 'node:crypto';
import { conferenceId } from '@mitmach/demo-network';
import type { EventContract, EventEnvelope, PayloadOf } from '@mitmach/events';
import { contracts } from '@mitmach/events';
import { startForFile } from '@mitmach/testkit';
import { and, asc, eq, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox, registrations } from '../db/schema';
import { startConferences } from '../testing/start-conferences';
import {
  onGuestRegistrationRequested,
  onGuestRegistrationSettled,
  onRegistrationCancellationRequested,
} from './guest-registration.handlers';

const { platform } = await startForFile(startConferences);
const db = platform.db;

function envelope<Contract extends EventContract>(contract: Contract, payload: PayloadOf<Contract>) {
  return {
    id: randomUUID(),
    name: contract.name,
    version: contract.version,
    aggregateType: contract.aggregateType,
    aggregateId: randomUUID(),
    occurredAt: new Date().toISOString(),
    source: contract.source,
    traceparent: null,
    payload,
  } satisfies EventEnvelope<PayloadOf<Contract>>;
}

const holdUntil = new Date(Date.now() + 48 * 3_600_000).toISOString();

async function request(conference: string, guestId = randomUUID()) {
  await db.transaction((tx) =>
    onGuestRegistrationRequested(
      tx,
      envelope(contracts.guestRegistrationRequested, {
        guestId,
        conferenceId: conference,
        sector: 'business',
        holdUntil,
      }),
    ),
  );
  return guestId;
}

function settle(guestId: string, outcome: 'confirmed' | 'lapsed', personId: string | null = null) {
  return db.transaction((tx) =>
    onGuestRegistrationSettled(
      tx,
      envelope(contracts.guestRegistrationSettled, { guestId, outcome, personId, settledAt: new Date().toISOString() }),
    ),
  );
}

async function eventsAfter(mark: Date) {
  const rows = await db.select().from(outbox).where(gt(outbox.occurredAt, mark)).orderBy(asc(outbox.occurredAt));
  return rows.map((row) => ({ name: row.name, payload: row.payload as Record<string, unknown> }));
}

async function counts(conference: string) {
  const rows = await db.select().from(registrations).where(eq(registrations.conferenceId, conference));
  return {
    confirmed: rows.filter((row) => row.status === 'confirmed').length,
    waitlisted: rows.filter((row) => row.status === 'waitlisted').length,
  };
}

describe('guest registrations from the people service', () => {
  it('holds places while there are some, then waitlist positions, without public registration events', async () => {
    const tuebingen = conferenceId('tuebingen:miko-2027');
    const before = await counts(tuebingen);
    const mark = new Date(Date.now() - 1);
    const guests = [await request(tuebingen), await request(tuebingen), await request(tuebingen)];
    const rows = await Promise.all(
      guests.map(async (guestId) => {
        const [row] = await db.select().from(registrations).where(eq(registrations.guestId, guestId));
        return row;
      }),
    );
    expect(rows.map((row) => [row?.status, row?.awaitingConfirmation, row?.personId])).toEqual([
      ['confirmed', true, null],
      ['confirmed', true, null],
      ['waitlisted', true, null],
    ]);
    expect(before.confirmed).toBe(28);
    const events = await eventsAfter(mark);
    expect(events.map((event) => [event.name, event.payload.kind, event.payload.guestId])).toEqual(
      guests.map((guestId) => ['conferences.registration-notice', 'held', guestId]),
    );

    // The first confirms and becomes a public registration; the second lapses, so the waiting guest moves up.
    const personId = randomUUID();
    const confirmedMark = new Date();
    await settle(guests[0] ?? '', 'confirmed', personId);
    await settle(guests[1] ?? '', 'lapsed');
    const after = await eventsAfter(confirmedMark);
    expect(
      after
        .filter((event) => event.name !== 'conferences.conference-changed')
        .map((event) => [event.name, event.payload.kind ?? event.payload.status]),
    ).toEqual([
      ['conferences.registration-changed', 'confirmed'],
      ['conferences.registration-notice', 'confirmed'],
      ['conferences.registration-notice', 'promoted'],
    ]);
    const [promoted] = await db
      .select()
      .from(registrations)
      .where(eq(registrations.guestId, guests[2] ?? ''));
    expect(promoted).toMatchObject({ status: 'confirmed', awaitingConfirmation: true });

    // Cancelling by link frees the confirmed person's place; nobody waits any more.
    const [own] = await db
      .select()
      .from(registrations)
      .where(and(eq(registrations.conferenceId, tuebingen), eq(registrations.personId, personId)));
    const cancelMark = new Date();
    await db.transaction((tx) =>
      onRegistrationCancellationRequested(
        tx,
        envelope(contracts.registrationCancellationRequested, {
          registrationId: own?.id ?? '',
          requestedAt: new Date().toISOString(),
        }),
      ),
    );
    const cancelled = await eventsAfter(cancelMark);
    expect(cancelled.map((event) => [event.name, event.payload.kind ?? event.payload.status])).toEqual(
      expect.arrayContaining([
        ['conferences.registration-changed', 'cancelled'],
        ['conferences.registration-notice', 'cancelled'],
      ]),
    );
  });

  it('refuses a guest for a conference that takes no registrations, and ignores a repeated request', async () => {
    const guestId = await request(randomUUID());
    const [notice] = await db.select().from(outbox).where(eq(outbox.aggregateId, guestId));
    expect(notice?.payload).toMatchObject({ kind: 'refused', guestId, conference: null, registrationId: null });
    const bern = conferenceId('bern:mitmach-werkstatt-2026');
    const again = await request(bern);
    await request(bern, again);
    const held = await db.select().from(registrations).where(eq(registrations.guestId, again));
    expect(held).toHaveLength(1);
  });
});
