import { randomUUID } from 'node:crypto';
import { startForFile } from '@mitmach/testkit';
import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  conferenceReminders,
  devMailbox,
  guestRegistrations,
  mailOptOuts,
  mailOutbox,
  regionApplicants,
} from '../../db/schema';
import { startPeople } from '../../testing/start-people';
import { insertGuest } from '../guests/guests.repository';
import { queueMail } from '../mail/mail-outbox.repository';
import { insertPerson } from '../people/people.repository';

const { platform, query, staff } = await startForFile(startPeople);

describe('erasure of what was given without an account', () => {
  it('deletes unconfirmed guest registrations, applications and mails made with the address, and the reminders', async () => {
    const email = `Erika.${randomUUID().slice(0, 8)}@example.org`;
    const person = await insertPerson(platform.db, {
      givenName: 'Erika',
      familyName: 'Muster',
      displayName: 'Erika Muster',
      email: email.toLowerCase(),
      sector: 'civil_society',
    });
    const later = new Date(Date.now() + 86_400_000);
    await insertGuest(platform.db, {
      conferenceId: randomUUID(),
      name: 'Erika Muster',
      email: email.toLowerCase(),
      sector: 'civil_society',
      consentToContact: false,
      publicProfile: false,
      holdUntil: later,
    });
    await platform.db.insert(regionApplicants).values({
      roundId: randomUUID(),
      regionName: 'Mitmach-Region Test',
      regionKind: 'region',
      country: 'DE',
      subdivision: 'DE-BW',
      area: 'Einige Gemeinden am Neckar.',
      lat: 48.5,
      lng: 9,
      motivation: 'Wir wollen im Tal gemeinsam etwas bewegen.',
      fieldsOfAction: [],
      team: ['Max Muster'],
      contactName: 'Erika Muster',
      email: email.toLowerCase(),
      holdUntil: later,
    });
    await queueMail(platform.db, { recipient: email, subject: 'S', text: 't', html: 'h', language: 'de' });
    await platform.db
      .insert(devMailbox)
      .values({ messageId: '<m@example.org>', recipient: email, subject: 'S', text: 't', html: 'h', raw: 'r' });
    await platform.db.insert(conferenceReminders).values({
      registrationId: randomUUID(),
      personId: person.id,
      conference: {
        id: randomUUID(),
        title: 'Konferenz',
        country: 'DE',
        timeZone: 'Europe/Berlin',
        startsAt: later.toISOString(),
        endsAt: later.toISOString(),
        venue: null,
        online: true,
      },
      dueAt: later,
    });
    await platform.db.insert(mailOptOuts).values({ personId: person.id });

    const erased = await query(
      'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { userErrors { code } } }',
      { input: { personId: person.id } },
      { token: staff },
    );
    expect(erased.body.errors).toBeUndefined();

    const byEmail = (column: AnyPgColumn) => sql`lower(${column}) = ${email.toLowerCase()}`;
    expect(await platform.db.select().from(guestRegistrations).where(byEmail(guestRegistrations.email))).toEqual([]);
    expect(await platform.db.select().from(regionApplicants).where(byEmail(regionApplicants.email))).toEqual([]);
    expect(await platform.db.select().from(mailOutbox).where(byEmail(mailOutbox.recipient))).toEqual([]);
    expect(await platform.db.select().from(devMailbox).where(byEmail(devMailbox.recipient))).toEqual([]);
    expect(
      await platform.db.select().from(conferenceReminders).where(eq(conferenceReminders.personId, person.id)),
    ).toEqual([]);
    expect(await platform.db.select().from(mailOptOuts).where(eq(mailOptOuts.personId, person.id))).toEqual([]);
  });
});
