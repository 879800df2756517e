import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import type { MailSettings } from '../env';
import { deleteGuest, lockGuest, updateGuest } from '../modules/guests/guests.repository';
import { holdMs } from '../modules/guests/guests.service';
import { createLink } from '../modules/guests/mail-links';
import { conferenceIcs } from '../modules/mail/conference-ics';
import { languageOfCountry } from '../modules/mail/mail-language';
import { queueMail } from '../modules/mail/mail-outbox.repository';
import { registrationMail } from '../modules/mail/registration-mails';
import { personsByIds } from '../modules/people/people.repository';
import { trackReminder } from '../modules/reminders/reminders.service';

type Notice = PayloadOf<typeof contracts.registrationNotice>;

// A cancellation link stays valid until the conference is over.
const cancelLinkValidity = (notice: Notice, now: Date) =>
  notice.conference ? new Date(notice.conference.endsAt) : new Date(now.getTime() + holdMs);

interface Recipient {
  email: string;
  name: string | null;
  guestId: string | null;
  personId: string | null;
  pending: boolean;
  holdUntil: Date | null;
}

async function recipientOf(tx: Db, notice: Notice): Promise<Recipient | null> {
  if (notice.guestId) {
    const guest = await lockGuest(tx, notice.guestId);
    if (guest?.status === 'pending' && guest.email) {
      return {
        email: guest.email,
        name: guest.name,
        guestId: guest.id,
        personId: null,
        pending: true,
        holdUntil: guest.holdUntil,
      };
    }
  }
  if (notice.personId) {
    const [person] = await personsByIds(tx, [notice.personId]);
    if (person?.email && !person.erasedAt) {
      return {
        email: person.email,
        name: person.displayName,
        guestId: null,
        personId: person.id,
        pending: false,
        holdUntil: null,
      };
    }
  }
  return null;
}

/**
 * Writes the e-mail a registration notice calls for into the mail outbox, in the consumer's transaction, so a notice
 * is mailed once however often it is delivered. Links that act without an account go with it: confirming an
 * unconfirmed guest's address, and cancelling. A guest who is refused or cancels before confirming is deleted here.
 */
export function onRegistrationNotice(settings: MailSettings) {
  return async (tx: Db, event: EventEnvelope<Notice>): Promise<void> => {
    const notice = event.payload;
    const recipient = await recipientOf(tx, notice);
    if (!recipient) return;
    const now = new Date();
    const endsGuest = recipient.pending && (notice.kind === 'refused' || notice.kind === 'cancelled');
    if (recipient.guestId && notice.registrationId && !endsGuest) {
      await updateGuest(tx, recipient.guestId, { registrationId: notice.registrationId });
    }
    const asksConfirmation = recipient.pending && (notice.kind === 'held' || notice.kind === 'promoted');
    const confirmToken =
      asksConfirmation && recipient.guestId && recipient.holdUntil
        ? await createLink(tx, { purpose: 'confirm_guest', guestId: recipient.guestId, expiresAt: recipient.holdUntil })
        : null;
    const cancellable =
      notice.registrationId && notice.status !== 'cancelled' && notice.kind !== 'conference_cancelled';
    const cancelToken = cancellable
      ? await createLink(tx, {
          purpose: 'cancel_registration',
          guestId: recipient.pending ? recipient.guestId : null,
          registrationId: notice.registrationId,
          expiresAt: cancelLinkValidity(notice, now),
        })
      : null;
    const language = languageOfCountry(notice.conference?.country ?? 'DE');
    const body = registrationMail({
      kind: notice.kind,
      language,
      name: recipient.name,
      conference: notice.conference,
      waitlisted: notice.status === 'waitlisted',
      holdUntil: recipient.holdUntil,
      confirmUrl: confirmToken ? `${settings.publicUrl}/mail/confirm?token=${confirmToken}` : null,
      cancelUrl: cancelToken ? `${settings.publicUrl}/mail/cancel?token=${cancelToken}` : null,
    });
    const withCalendar =
      notice.conference && !recipient.pending && ['confirmed', 'promoted', 'conference_changed'].includes(notice.kind);
    const calendarCancelled = notice.conference && notice.kind === 'conference_cancelled';
    await queueMail(tx, {
      recipient: recipient.email,
      ...body,
      language,
      // An ended guest is deleted below; the message goes out all the same.
      guestId: endsGuest ? null : recipient.guestId,
      personId: recipient.personId,
      attachments:
        notice.conference && (withCalendar || calendarCancelled)
          ? [
              {
                filename: 'konferenz.ics',
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                content: conferenceIcs(notice.conference, Boolean(calendarCancelled)),
              },
            ]
          : [],
    });
    if (endsGuest && recipient.guestId) await deleteGuest(tx, recipient.guestId);
    await trackReminder(tx, notice, recipient.pending ? null : recipient.personId, now);
  };
}
