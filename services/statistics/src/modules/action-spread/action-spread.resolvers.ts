import type { Resolvers } from '../../generated/graphql';
import { actionSpread } from './action-spread.service';

export const actionSpreadResolvers: Resolvers = {
  Action: {
    __resolveReference: (reference) => ({ id: reference.id }),
    spread: async (action, _args, { loaders }) =>
      actionSpread(await loaders.entityCounters.load(action.id.toLowerCase())),
  },
};
