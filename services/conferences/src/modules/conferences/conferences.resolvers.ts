import { isStaff } from '@mitmach/auth';
import { forbidden, notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { hintEntityType } from '../entity-cache-hint';
import { pageOf } from '../paging';
import type { RegionFacts } from '../structured-data/conference-structured-data';
import { canSeeConference } from './conference-access';
import { regionConferences, staffFilter, upcomingFilter } from './conference-filters';
import { venueOf } from './conference-input';
import { allowedNextStatuses } from './conference-status';
import { listConferences } from './conferences.repository';
import { changeConferenceStatus, createConference, updateConference } from './conferences.service';

const emptyCounts = { confirmed: 0, waitlisted: 0, held: 0, attended: 0 };

export const conferencesResolvers: Resolvers = {
  Query: {
    upcomingConferences: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listConferences(db, upcomingFilter(args.filter), 'soonest', page, new Date());
      return toConnection(rows, page, totalCount);
    },
    conference: async (_parent, { id }, { caller, loaders }) => {
      const conference = await loaders.conferenceById.load(id);
      if (!conference || !canSeeConference(caller, conference)) throw notFound(`There is no conference with id ${id}.`);
      return conference;
    },
    conferences: async (_parent, args, { caller, db }) => {
      if (!isStaff(caller)) throw forbidden('The full list of conferences, drafts included, is for staff.');
      const page = readPage(args);
      const { rows, totalCount } = await listConferences(db, staffFilter(args.filter), 'latest', page, new Date());
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    createConference: (_parent, { input }, { caller, db }) => createConference(db, caller, input),
    updateConference: (_parent, { input }, { caller, db }) => updateConference(db, caller, input),
    changeConferenceStatus: (_parent, { input }, { caller, db }) => changeConferenceStatus(db, caller, input),
  },
  Region: {
    __resolveReference: (reference, _context, info) => {
      hintEntityType(info, 'Region');
      return { id: reference.id };
    },
    conferences: async (region, args, { caller, loaders }) => {
      const page = readPage(args);
      const visible = (await loaders.conferencesByRegion.load(region.id)).filter((row) =>
        canSeeConference(caller, row),
      );
      return pageOf(regionConferences(visible, args.filter, new Date()), page);
    },
  },
  Conference: {
    __resolveReference: async (reference, { caller, loaders }, info) => {
      hintEntityType(info, 'Conference');
      const conference = await loaders.conferenceById.load(reference.id);
      if (!conference || !canSeeConference(caller, conference)) return null;
      // A representation that carries the region's fields comes for structuredData, which @requires them.
      const region = (reference as { region?: RegionFacts }).region;
      return region ? { ...conference, requiredRegion: region } : conference;
    },
    region: (conference) => ({ id: conference.regionId }),
    allowedNextStatuses: (conference) => [...allowedNextStatuses(conference.status)],
    statusHistory: (conference, _args, { loaders }) => loaders.statusChangesByConference.load(conference.id),
    days: (conference, _args, { loaders }) => loaders.daysByConference.load(conference.id),
    venue: (conference) => venueOf(conference),
    fieldsOfAction: (conference) => conference.fieldSlugs.map((slug) => ({ slug })),
    confirmedCount: async (conference, _args, { loaders }) =>
      ((await loaders.registrationCountsByConference.load(conference.id)) ?? emptyCounts).confirmed,
    waitlistCount: async (conference, _args, { loaders }) =>
      ((await loaders.registrationCountsByConference.load(conference.id)) ?? emptyCounts).waitlisted,
    attendedCount: async (conference, _args, { loaders }) =>
      ((await loaders.registrationCountsByConference.load(conference.id)) ?? emptyCounts).attended,
    remainingCapacity: async (conference, _args, { loaders }) => {
      const counts = (await loaders.registrationCountsByConference.load(conference.id)) ?? emptyCounts;
      return Math.max(0, conference.capacity - counts.confirmed - counts.held);
    },
  },
  ConferenceStatusChange: {
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
  },
};
