import type { Resolvers } from '../../generated/graphql';
import { statisticsSeries } from './series.service';

export const seriesResolvers: Resolvers = {
  Query: {
    statisticsSeries: (_parent, args, { db }) => statisticsSeries(db, args),
  },
};
