import { fromGraphqlEnum, toGraphqlEnum } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { recordFundingEntry } from './funding.service';

export const fundingResolvers: Resolvers = {
  Mutation: {
    recordFundingEntry: (_parent, { input }, { db, caller }) =>
      recordFundingEntry(db, caller, { ...input, kind: fromGraphqlEnum(input.kind) }),
  },
  FundingEntry: {
    kind: (entry) => toGraphqlEnum(entry.kind),
  },
};
