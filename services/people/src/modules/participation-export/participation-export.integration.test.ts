import { randomUUID } from 'node:crypto';
import { startForFile, tokenFor } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conferenceReminders, mailOptOuts, mailOutbox, persons } from '../../db/schema';
import { fetchSolvedChallenge } from '../../testing/proof-of-work';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(startPeople);

const exportQuery = `query($personId: UUID!) {
  personalDataExport(personId: $personId) {
    email
    guestRegistrations { conferenceId status name email sector consentToContact publicProfile confirmedAt }
    regionApplications { status regionName regionKind country team contactName email confirmedAt }
    mails { recipient subject language status }
    conferenceReminders { registrationId conferenceId dueAt sentAt }
    remindersOptedOutAt
  }
}`;

interface Exported {
  personalDataExport: {
    email: string | null;
    guestRegistrations: Record<string, unknown>[];
    regionApplications: Record<string, unknown>[];
    mails: Record<string, unknown>[];
    conferenceReminders: Record<string, unknown>[];
    remindersOptedOutAt: string | null;
  };
}

async function send(mutation: string, input: Record<string, unknown>) {
  const response = await query<Record<string, { accepted: boolean }>>(mutation, {
    input: { ...input, proofOfWork: await fetchSolvedChallenge(platform.gatewayUrl) },
  });
  expect(response.body.errors).toBeUndefined();
  expect(Object.values(response.body.data ?? {})[0]?.accepted).toBe(true);
}

describe('personal data export of taking part without an account', () => {
  it('holds the guest registrations, region applications, mails and reminders about the person, for them and staff', async () => {
    const email = `lena.${randomUUID().slice(0, 8)}@example.org`;
    const conferenceId = randomUUID();
    await send('mutation($input: RegisterAsGuestInput!) { registerAsGuest(input: $input) { accepted } }', {
      conferenceId,
      name: 'Lena Moser',
      email,
      sector: 'ADMINISTRATION',
      consentToContact: true,
      publicProfile: false,
    });
    await send('mutation($input: ApplyForRegionInput!) { applyForRegion(input: $input) { accepted } }', {
      roundId: randomUUID(),
      regionName: 'Mitmach-Region Lungau',
      area: {
        kind: 'REGION',
        country: 'AT',
        subdivision: 'AT-5',
        description: 'Die fünfzehn Gemeinden des Lungaus.',
        location: { lat: 47.11, lng: 13.8 },
      },
      contactName: 'Lena Moser',
      email,
      team: ['Florian Bauer'],
      motivation: 'Wir wollen im Lungau Gemeinden, Vereine und Betriebe zusammenbringen.',
      fieldsOfAction: ['energy'],
    });
    const [confirmation] = await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    const token = /\/mail\/confirm-application\?token=([A-Za-z0-9_-]+)/.exec(confirmation?.text ?? '')?.[1];
    const confirmed = await fetch(new URL('/mail/confirm-application', platform.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
    expect(confirmed.status).toBe(200);
    const [person] = await platform.db.select().from(persons).where(eq(persons.email, email));
    const personId = person?.id ?? '';
    const registrationId = randomUUID();
    await platform.db.insert(conferenceReminders).values({
      registrationId,
      personId,
      conference: {
        id: conferenceId,
        title: '1. Mitmach-Konferenz Lungau',
        startsAt: '2027-06-05T07:00:00.000Z',
        endsAt: '2027-06-05T15:00:00.000Z',
        timeZone: 'Europe/Vienna',
        venue: null,
        online: false,
        country: 'AT',
      },
      dueAt: new Date('2027-06-03T07:00:00.000Z'),
    });
    await platform.db.insert(mailOptOuts).values({ personId, optedOutAt: new Date('2027-01-10T09:00:00.000Z') });

    const own = await query<Exported>(
      exportQuery,
      { personId },
      { token: await tokenFor(platform.jwtSecret, ['member'], { personId }) },
    );
    expect(own.body.errors).toBeUndefined();
    const exported = own.body.data?.personalDataExport;
    expect(exported?.guestRegistrations).toEqual([
      {
        conferenceId,
        status: 'pending',
        name: 'Lena Moser',
        email,
        sector: 'ADMINISTRATION',
        consentToContact: true,
        publicProfile: false,
        confirmedAt: null,
      },
    ]);
    expect(exported?.regionApplications).toEqual([
      {
        status: 'confirmed',
        regionName: 'Mitmach-Region Lungau',
        regionKind: 'REGION',
        country: 'AT',
        team: ['Florian Bauer'],
        contactName: null,
        email: null,
        confirmedAt: expect.any(String),
      },
    ]);
    expect(exported?.mails).toEqual([
      {
        recipient: email,
        subject: 'Bitte bestätigen Sie Ihre Bewerbung: Mitmach-Region Lungau',
        language: 'de',
        status: 'pending',
      },
    ]);
    expect(JSON.stringify(exported?.mails)).not.toContain('token');
    expect(exported?.conferenceReminders).toEqual([
      { registrationId, conferenceId, dueAt: '2027-06-03T07:00:00.000Z', sentAt: null },
    ]);
    expect(exported?.remindersOptedOutAt).toBe('2027-01-10T09:00:00.000Z');

    const staff = await query<Exported>(
      exportQuery,
      { personId },
      { token: await tokenFor(platform.jwtSecret, ['staff']) },
    );
    expect(staff.body.data?.personalDataExport).toEqual(exported);
    const stranger = await query<Exported>(
      exportQuery,
      { personId },
      { token: await tokenFor(platform.jwtSecret, ['member'], { personId: randomUUID() }) },
    );
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
