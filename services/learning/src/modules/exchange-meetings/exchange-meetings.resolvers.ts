import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { isLearner } from '../access';
import { listMeetings } from './exchange-meetings.repository';
import { createExchangeMeeting, mayJoin, updateExchangeMeeting } from './exchange-meetings.service';

export const exchangeMeetingsResolvers: Resolvers = {
  Query: {
    exchangeMeetings: async (_parent, args, { db }) => {
      const page = readPage(args);
      const filter = {
        period: args.filter?.period ?? null,
        programIds: args.filter?.programIds,
        cohortIds: args.filter?.cohortIds,
      };
      const { rows, totalCount } = await listMeetings(db, filter, new Date(), page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    createExchangeMeeting: (_parent, { input }, { db, caller }) => createExchangeMeeting(db, caller, input),
    updateExchangeMeeting: (_parent, { input }, { db, caller }) => updateExchangeMeeting(db, caller, input),
  },
  ExchangeMeeting: {
    __resolveReference: (reference, { loaders }) => loaders.exchangeMeetingById.load(reference.id),
    experts: (meeting, _args, { loaders }) => loaders.expertsByMeeting.load(meeting.id),
    program: (meeting, _args, { loaders }) => (meeting.programId ? loaders.programById.load(meeting.programId) : null),
    cohort: (meeting, _args, { loaders }) => (meeting.cohortId ? loaders.cohortById.load(meeting.cohortId) : null),
    joinUrl: async (meeting, _args, { caller, loaders }) => {
      const scopes = isLearner(caller) ? await loaders.learnerScopesByPerson.load(caller.personId) : [];
      return mayJoin(caller, meeting, scopes) ? meeting.joinUrl : null;
    },
  },
  ExchangeMeetingExpert: {
    person: (expert) => (expert.personId ? { id: expert.personId } : null),
  },
};
