import { challengeKey } from '../../env';
import type { Resolvers } from '../../generated/graphql';
import { requestGuestRegistration } from './guests.service';

export const guestsResolvers: Resolvers = {
  Mutation: {
    registerAsGuest: (_parent, { input }, { db, caller }) =>
      requestGuestRegistration(db, caller, challengeKey(), input),
  },
};
