import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';

export const linkedEntitiesResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ id: reference.id }),
    actions: async (region, args, { loaders }) => {
      const page = readPage(args);
      const { rows, totalCount } = await loaders.actionPagesByOriginRegion.load({ groupId: region.id, page });
      return toConnection(rows, page, totalCount);
    },
    adoptions: async (region, args, { loaders }) => {
      const page = readPage(args);
      const { rows, totalCount } = await loaders.adoptionPagesByRegion.load({ groupId: region.id, page });
      return toConnection(rows, page, totalCount);
    },
  },
  Conference: {
    __resolveReference: (reference) => ({ id: reference.id }),
    resultingActions: (conference, _args, { loaders }) => loaders.actionsByConference.load(conference.id),
  },
};
