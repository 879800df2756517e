import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { lockApplicant, updateApplicant } from '../modules/applications/applications.repository';
import { applicationMail } from '../modules/mail/application-mails';
import { languageOfCountry } from '../modules/mail/mail-language';
import { queueMail } from '../modules/mail/mail-outbox.repository';
import { personsByIds } from '../modules/people/people.repository';

type Notice = PayloadOf<typeof contracts.applicationNotice>;

/**
 * Writes the e-mail about an application made without an account into the mail outbox, in the consumer's
 * transaction: received, refused, accepted or rejected. The contact person is found through the applicant row; when
 * they were erased meanwhile, nobody is left to write to.
 */
export async function onApplicationNotice(tx: Db, event: EventEnvelope<Notice>): Promise<void> {
  const notice = event.payload;
  const applicant = await lockApplicant(tx, notice.applicantId);
  if (!applicant?.personId) return;
  const [person] = await personsByIds(tx, [applicant.personId]);
  if (!person?.email || person.erasedAt) return;
  if (notice.applicationId && applicant.applicationId !== notice.applicationId) {
    await updateApplicant(tx, applicant.id, { applicationId: notice.applicationId });
  }
  const language = languageOfCountry(notice.country);
  await queueMail(tx, {
    recipient: person.email,
    ...applicationMail({
      kind: notice.kind,
      language,
      name: person.displayName,
      regionName: notice.regionName,
      roundTitle: notice.roundTitle,
      confirmUntil: null,
      confirmUrl: null,
    }),
    language,
    personId: person.id,
  });
}
