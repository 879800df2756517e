import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { lockApplicant, updateApplicant } from '../modules/applications/applications.repository';
import { applicationMail } from '../modules/mail/application-mails';
import { languageOfCountry } from '../modules/mail/mail-language';
import { queueMail } from '../modules/mail/mail-outbox.repository';
import { personsByIds } from '../modules/people/people.repository';
import { hasMembership, insertMembership, lockTeam } from '../modules/teams/teams.repository';
import { teamMembershipChanged } from './change-events';

type Notice = PayloadOf<typeof contracts.applicationNotice>;

/**
 * Writes the e-mail about an application made without an account into the mail outbox, in the consumer's
 * transaction: received, refused, accepted or rejected. The contact person is found through the applicant row; when
 * they were erased meanwhile, nobody is left to write to. Once the application is accepted, the contact person is the
 * new region's contact in its team, so that the team can sign in and look after the region.
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
  if (notice.kind === 'accepted' && notice.regionId) {
    await joinTeam(tx, { personId: person.id, regionId: notice.regionId, since: notice.noticeAt.slice(0, 10) });
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

async function joinTeam(tx: Db, member: { personId: string; regionId: string; since: string }): Promise<void> {
  const membership = { personId: member.personId, regionId: member.regionId, role: 'contact' as const };
  await lockTeam(tx, member.regionId);
  if (await hasMembership(tx, membership)) return;
  const row = await insertMembership(tx, { ...membership, since: member.since, createdBy: null });
  await teamMembershipChanged(tx, row, 'created');
}
