import { challengeKey, mailSettings } from '../../env';
import type { Resolvers } from '../../generated/graphql';
import { requestRegionApplication } from './applications.service';

export const applicationsResolvers: Resolvers = {
  Mutation: {
    applyForRegion: (_parent, { input }, { db, caller }) =>
      requestRegionApplication(db, caller, { ...mailSettings(), challengeKey: challengeKey() }, input),
  },
};
