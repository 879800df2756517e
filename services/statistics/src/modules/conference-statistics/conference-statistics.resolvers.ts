import { seesSmallCounts } from '../../access/suppression';
import type { Resolvers } from '../../generated/graphql';
import { conferenceStatistics } from './conference-statistics.service';

export const conferenceStatisticsResolvers: Resolvers = {
  Conference: {
    __resolveReference: (reference) => ({ id: reference.id }),
    statistics: async (conference, _args, { loaders, caller }) =>
      conferenceStatistics(await loaders.entityCounters.load(conference.id.toLowerCase()), seesSmallCounts(caller)),
  },
};
