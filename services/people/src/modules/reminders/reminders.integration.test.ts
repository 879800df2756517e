import { randomUUID } from 'node:crypto';
import { startForFile } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conferenceReminders, mailOptOuts, mailOutbox } from '../../db/schema';
import { mailSettings } from '../../env';
import { onRegistrationNotice } from '../../events/registration-notice.handler';
import { startPeople } from '../../testing/start-people';
import { insertPerson } from '../people/people.repository';
import { sendDueReminders } from './reminders.service';

const { platform } = await startForFile(startPeople);

// The service's own settings: the unsubscribe route checks links with its secret.
const settings = mailSettings();

const day = 24 * 3_600_000;

function conferenceIn(days: number, country: 'DE' | 'IT' = 'DE') {
  const startsAt = new Date(Date.now() + days * day);
  return {
    id: randomUUID(),
    title: '2. Mitmach-Konferenz Tübingen',
    country,
    timeZone: 'Europe/Berlin',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 8 * 3_600_000).toISOString(),
    venue: 'Sudhaus, Tübingen',
    online: false,
  };
}

async function person() {
  const email = `lena.${randomUUID().slice(0, 8)}@example.org`;
  const row = await insertPerson(platform.db, {
    givenName: 'Lena',
    familyName: 'Maier',
    displayName: 'Lena Maier',
    email,
    sector: 'civil_society',
  });
  return row;
}

async function notify(
  kind: 'confirmed' | 'cancelled' | 'conference_changed',
  personId: string,
  registrationId: string,
  conference: ReturnType<typeof conferenceIn>,
) {
  await platform.db.transaction((tx) =>
    onRegistrationNotice(settings)(tx, {
      id: randomUUID(),
      name: 'conferences.registration-notice',
      version: 1,
      aggregateType: 'registration-notice',
      aggregateId: registrationId,
      occurredAt: new Date().toISOString(),
      source: 'conferences',
      traceparent: null,
      payload: {
        kind,
        registrationId,
        guestId: null,
        personId,
        status: kind === 'cancelled' ? 'cancelled' : 'confirmed',
        conference,
        noticeAt: new Date().toISOString(),
      },
    }),
  );
}

const remindersTo = async (email: string) =>
  (await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))).filter((mail) =>
    mail.subject.startsWith('In zwei Tagen'),
  );
const reminderOf = async (registrationId: string) =>
  (
    await platform.db.select().from(conferenceReminders).where(eq(conferenceReminders.registrationId, registrationId))
  )[0];

describe('reminders two days before a conference', () => {
  it('sends one reminder, with one-click unsubscribe headers, and none after the one-click POST', async () => {
    const lena = await person();
    const registrationId = randomUUID();
    const conference = conferenceIn(5);
    await notify('confirmed', lena.id, registrationId, conference);
    const reminder = await reminderOf(registrationId);
    expect(reminder?.dueAt.getTime()).toBe(new Date(conference.startsAt).getTime() - 2 * day);

    expect(await sendDueReminders(platform.db, settings, new Date(Date.now() + day))).toBe(0);
    const due = new Date(Date.now() + 3 * day + 60_000);
    expect(await sendDueReminders(platform.db, settings, due)).toBeGreaterThanOrEqual(1);
    expect(await sendDueReminders(platform.db, settings, due)).toBe(0);
    const [mail, ...more] = await remindersTo(lena.email ?? '');
    expect(more).toEqual([]);
    expect(mail?.text).toContain('/mail/cancel?token=');
    expect(mail?.attachments[0]?.filename).toBe('konferenz.ics');
    expect(mail?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(mail?.headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
    expect(url.startsWith(`${settings.publicUrl}/mail/unsubscribe?token=`)).toBe(true);
    expect(mail?.text).toContain(url);

    const oneClick = (target: string) =>
      fetch(new URL(new URL(target).pathname + new URL(target).search, platform.gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    expect((await oneClick(url)).status).toBe(200);
    expect((await oneClick(url)).status).toBe(200);
    expect(await platform.db.select().from(mailOptOuts).where(eq(mailOptOuts.personId, lena.id))).toHaveLength(1);
    const forged = `${url.slice(0, -4)}AAAA`;
    expect((await oneClick(forged)).status).toBe(404);

    const later = randomUUID();
    await notify('confirmed', lena.id, later, conferenceIn(10));
    expect(
      await sendDueReminders(platform.db, settings, new Date(Date.now() + 8 * day + 60_000)),
    ).toBeGreaterThanOrEqual(1);
    expect(await remindersTo(lena.email ?? '')).toHaveLength(1);
  });

  it('moves with the conference, goes with a cancellation, and skips registrations made less than two days ahead', async () => {
    const lena = await person();
    const moved = randomUUID();
    await notify('confirmed', lena.id, moved, conferenceIn(5));
    const later = conferenceIn(7);
    await notify('conference_changed', lena.id, moved, later);
    expect((await reminderOf(moved))?.dueAt.getTime()).toBe(new Date(later.startsAt).getTime() - 2 * day);

    const cancelled = randomUUID();
    await notify('confirmed', lena.id, cancelled, conferenceIn(5));
    await notify('cancelled', lena.id, cancelled, conferenceIn(5));
    expect(await reminderOf(cancelled)).toBeUndefined();

    const late = randomUUID();
    await notify('confirmed', lena.id, late, conferenceIn(1));
    expect(await reminderOf(late)).toBeUndefined();
  });
});
