import type { Db } from '@mitmach/db';
import type { ReminderConference } from '../../db/schema';
import type { MailSettings } from '../../env';
import { createLink } from '../guests/mail-links';
import { conferenceIcs } from '../mail/conference-ics';
import { languageOfCountry } from '../mail/mail-language';
import { queueMail } from '../mail/mail-outbox.repository';
import { registrationMail } from '../mail/registration-mails';
import { oneClickUnsubscribeHeaders, personOfUnsubscribeToken, unsubscribeToken } from '../mail/unsubscribe-link';
import { personsByIds } from '../people/people.repository';
import {
  deleteReminder,
  hasOptedOut,
  lockDueReminders,
  markReminderSent,
  recordOptOut,
  upsertReminder,
} from './reminders.repository';

export const reminderLeadMs = 2 * 24 * 3_600_000;

/**
 * Keeps a confirmed registration's reminder in step with what the conferences service says about it: set for two
 * days before the start, moved when the conference moves, gone when the registration or the conference is. A
 * registration made less than two days ahead gets none: its confirmation is reminder enough.
 */
export async function trackReminder(
  db: Db,
  notice: {
    kind: string;
    registrationId: string | null;
    status: string | null;
    conference: ReminderConference | null;
  },
  personId: string | null,
  now: Date,
): Promise<void> {
  if (!notice.registrationId) return;
  const conference = notice.conference;
  if (notice.status !== 'confirmed' || !personId || !conference || notice.kind === 'conference_cancelled') {
    await deleteReminder(db, notice.registrationId);
    return;
  }
  const dueAt = new Date(new Date(conference.startsAt).getTime() - reminderLeadMs);
  if (dueAt <= now) return;
  await upsertReminder(db, { registrationId: notice.registrationId, personId, conference, dueAt });
}

/**
 * Queues the reminders that are due, each in the transaction that marks it sent, so that each goes out once however
 * often the worker runs or restarts. One whose conference has begun meanwhile is dropped unsent.
 */
export async function sendDueReminders(db: Db, settings: MailSettings, now = new Date(), limit = 50): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await lockDueReminders(tx, now, limit);
    for (const reminder of due) {
      await markReminderSent(tx, reminder.registrationId, now);
      const conference = reminder.conference;
      if (new Date(conference.startsAt) <= now) continue;
      const [person] = await personsByIds(tx, [reminder.personId]);
      if (!person?.email || person.erasedAt || (await hasOptedOut(tx, person.id))) continue;
      const cancelToken = await createLink(tx, {
        purpose: 'cancel_registration',
        registrationId: reminder.registrationId,
        expiresAt: new Date(conference.endsAt),
      });
      const unsubscribeUrl = `${settings.publicUrl}/mail/unsubscribe?token=${unsubscribeToken(settings.linkSecret, person.id)}`;
      const language = languageOfCountry(conference.country);
      await queueMail(tx, {
        recipient: person.email,
        ...registrationMail({
          kind: 'reminder',
          language,
          name: person.displayName,
          conference,
          waitlisted: false,
          holdUntil: null,
          confirmUrl: null,
          cancelUrl: `${settings.publicUrl}/mail/cancel?token=${cancelToken}`,
          unsubscribeUrl,
        }),
        language,
        personId: person.id,
        headers: oneClickUnsubscribeHeaders(unsubscribeUrl),
        attachments: [
          {
            filename: 'konferenz.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: conferenceIcs(conference, false),
          },
        ],
      });
    }
    return due.length;
  });
}

/** The one-click unsubscribe: no more reminders for the person the link was signed for. Doing it twice is harmless. */
export async function unsubscribeByLink(
  db: Db,
  settings: MailSettings,
  token: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; problem: 'INVALID_LINK' }> {
  const personId = personOfUnsubscribeToken(settings.linkSecret, token);
  if (!personId) return { ok: false, problem: 'INVALID_LINK' };
  const [person] = await personsByIds(db, [personId]);
  if (person && !person.erasedAt) await recordOptOut(db, personId, now);
  return { ok: true };
}
