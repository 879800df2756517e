import type { Resolvers } from '../../generated/graphql';
import { canSeeAction } from '../actions/action-visibility';
import { allowedNextStatuses } from './adoption-status';
import { adoptAction, updateAdoption } from './adoptions.service';

export const adoptionsResolvers: Resolvers = {
  Mutation: {
    adoptAction: (_parent, { input }, { db, caller }) => adoptAction(db, caller, input),
    updateAdoption: (_parent, { input }, { db, caller }) => updateAdoption(db, caller, input),
  },
  Adoption: {
    // An adoption is as visible as the action it adopts.
    __resolveReference: async (reference, { loaders, visibility }) => {
      const adoption = await loaders.adoptionById.load(reference.id);
      const action = adoption && (await loaders.actionById.load(adoption.actionId));
      return adoption && action && canSeeAction(visibility, action) ? adoption : null;
    },
    action: async (adoption, _args, { loaders }) => {
      const action = await loaders.actionById.load(adoption.actionId);
      if (!action) throw new Error(`adoption ${adoption.id} refers to a missing action`);
      return action;
    },
    region: (adoption) => ({ id: adoption.regionId }),
    allowedNextStatuses: (adoption) => [...allowedNextStatuses(adoption.status)],
  },
};
