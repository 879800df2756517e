import { canManageRegion } from '@mitmach/auth';
import { forbidden, readPage, toConnection } from '@mitmach/server-kit';
import type { RegistrationRow } from '../../db/schema';
import type { Resolvers } from '../../generated/graphql';
import { pageOf } from '../paging';
import { required } from '../required';
import { listRegistrationsOfPerson } from './registrations.repository';
import { cancelRegistration, markAttendance, register } from './registrations.service';

const activeStatuses: RegistrationRow['status'][] = ['confirmed', 'waitlisted'];

export const registrationsResolvers: Resolvers = {
  Query: {
    myConferenceRegistrations: async (_parent, args, { caller, db }) => {
      if (!caller.personId) throw forbidden('Sign in as a person to see your registrations.');
      const page = readPage(args);
      const { rows, totalCount } = await listRegistrationsOfPerson(db, caller.personId, page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    register: (_parent, { input }, { caller, db }) => register(db, caller, input),
    cancelRegistration: (_parent, { input }, { caller, db }) => cancelRegistration(db, caller, input),
    markAttendance: (_parent, { input }, { caller, db }) => markAttendance(db, caller, input),
  },
  Conference: {
    registrations: async (conference, args, { caller, loaders }) => {
      if (!canManageRegion(caller, conference.regionId)) {
        throw forbidden("Who registered is visible to staff and the region's own team only.");
      }
      const page = readPage(args);
      const statuses = args.filter?.statuses ?? activeStatuses;
      const rows = await loaders.registrationsByConference.load(conference.id);
      return pageOf(
        rows.filter((row) => statuses.includes(row.status)),
        page,
      );
    },
    myRegistration: (conference, _args, { caller, loaders }) =>
      caller.personId ? loaders.callerRegistrationByConference.load(conference.id) : null,
  },
  Registration: {
    conference: (registration, _args, { loaders }) =>
      required(loaders.conferenceById.load(registration.conferenceId), `conference ${registration.conferenceId}`),
    person: (registration) => (registration.personId ? { id: registration.personId } : null),
    waitlistPosition: async (registration, _args, { loaders }) => {
      if (registration.status !== 'waitlisted') return null;
      const waiting = (await loaders.registrationsByConference.load(registration.conferenceId)).filter(
        (row) => row.status === 'waitlisted',
      );
      return waiting.findIndex((row) => row.id === registration.id) + 1;
    },
  },
};
