import type { PersonalDataExport, Resolvers } from '../../generated/graphql';
import {
  guestRegistrationsOf,
  mailsOf,
  optOutOf,
  regionApplicationsOf,
  remindersOf,
} from './participation-export.repository';

/** The export as the gdpr module answers it; the fields of taking part without an account are resolved here. */
export type PersonalDataExportModel = Omit<
  PersonalDataExport,
  'guestRegistrations' | 'regionApplications' | 'mails' | 'conferenceReminders' | 'remindersOptedOutAt'
>;

export const participationExportResolvers: Resolvers = {
  PersonalDataExport: {
    guestRegistrations: async (data, _args, { db }) =>
      (await guestRegistrationsOf(db, data.personId, data.email ?? null)).map((guest) => ({
        id: guest.id,
        conferenceId: guest.conferenceId,
        status: guest.status,
        name: guest.name,
        email: guest.email,
        sector: guest.sector,
        consentToContact: guest.consentToContact,
        publicProfile: guest.publicProfile,
        registrationId: guest.registrationId,
        holdUntil: guest.holdUntil,
        createdAt: guest.createdAt,
        confirmedAt: guest.confirmedAt,
      })),
    regionApplications: async (data, _args, { db }) =>
      (await regionApplicationsOf(db, data.personId, data.email ?? null)).map((applicant) => ({
        id: applicant.id,
        roundId: applicant.roundId,
        status: applicant.status,
        regionName: applicant.regionName,
        regionKind: applicant.regionKind as PersonalDataRegionKind,
        country: applicant.country,
        subdivision: applicant.subdivision,
        area: applicant.area,
        motivation: applicant.motivation,
        fieldsOfAction: applicant.fieldsOfAction,
        team: applicant.team,
        contactName: applicant.contactName,
        email: applicant.email,
        applicationId: applicant.applicationId,
        createdAt: applicant.createdAt,
        confirmedAt: applicant.confirmedAt,
      })),
    mails: (data, _args, { db }) => mailsOf(db, data.personId, data.email ?? null),
    conferenceReminders: async (data, _args, { db }) =>
      (await remindersOf(db, data.personId)).map((reminder) => ({
        registrationId: reminder.registrationId,
        conferenceId: reminder.conference.id,
        dueAt: reminder.dueAt,
        sentAt: reminder.sentAt,
      })),
    remindersOptedOutAt: (data, _args, { db }) => optOutOf(db, data.personId),
  },
};

type PersonalDataRegionKind = PersonalDataExport['regionApplications'][number]['regionKind'];
