import type { Resolvers } from '../../generated/graphql';
import { recordFundingEntry } from './funding.service';

export const fundingResolvers: Resolvers = {
  Mutation: {
    recordFundingEntry: (_parent, { input }, { db, caller }) => recordFundingEntry(db, caller, input),
  },
};
