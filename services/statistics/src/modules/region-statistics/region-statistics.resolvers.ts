import { seesSmallCounts } from '../../access/suppression';
import type { Resolvers } from '../../generated/graphql';
import { readScope } from '../figures/scope';
import { regionStatistics } from './region-statistics.service';

export const regionStatisticsResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ id: reference.id }),
    statistics: async (region, { from, to }, { loaders, caller }) => {
      const scope = readScope({ from, to });
      const rows = await loaders.regionCounters.load({
        regionId: region.id.toLowerCase(),
        firstMonth: scope.firstMonth,
        lastMonth: scope.lastMonth,
      });
      return regionStatistics(rows, scope, seesSmallCounts(caller));
    },
  },
};
