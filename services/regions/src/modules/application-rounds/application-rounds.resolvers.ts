import { hasRole } from '@mitmach/auth';
import { forbidden, notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { required } from '../required';
import { listApplicationRounds } from './application-rounds.repository';
import { decideApplication, isRoundOpen, openApplicationRound, submitApplication } from './application-rounds.service';

export const applicationRoundsResolvers: Resolvers = {
  Query: {
    applicationRounds: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listApplicationRounds(db, page);
      return toConnection(rows, page, totalCount);
    },
    applicationRound: async (_parent, { id }, { loaders }) => {
      const round = await loaders.applicationRoundById.load(id);
      if (!round) throw notFound(`There is no application round with id ${id}.`);
      return round;
    },
  },
  Mutation: {
    openApplicationRound: (_parent, { input }, { db, caller }) => openApplicationRound(db, caller, input),
    submitApplication: (_parent, { input }, { db, caller }) => submitApplication(db, caller, input),
    decideApplication: (_parent, { input }, { db, caller }) => decideApplication(db, caller, input),
  },
  ApplicationRound: {
    __resolveReference: (reference, { loaders }) => loaders.applicationRoundById.load(reference.id),
    isOpen: (round) => isRoundOpen(round),
    applicationCount: async (round, _args, { loaders }) =>
      (await loaders.applicationCountByRound.load(round.id))?.value ?? 0,
    applications: (round, _args, { caller, loaders }) => {
      if (!hasRole(caller, 'staff')) throw forbidden('Applications are visible to staff only.');
      return loaders.applicationsByRound.load(round.id);
    },
  },
  Application: {
    __resolveReference: (reference, { caller, loaders }) => {
      if (!hasRole(caller, 'staff')) throw forbidden('Applications are visible to staff only.');
      return loaders.applicationById.load(reference.id);
    },
    round: (application, _args, { loaders }) =>
      required(loaders.applicationRoundById.load(application.roundId), `round ${application.roundId}`),
    region: (application, _args, { loaders }) =>
      required(loaders.regionById.load(application.regionId), `region ${application.regionId}`),
  },
};
