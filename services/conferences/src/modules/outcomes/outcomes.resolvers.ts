import { notFound, readPage } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { hintEntityType } from '../entity-cache-hint';
import { pageOf } from '../paging';
import { required } from '../required';
import { recordOutcome } from './outcomes.service';

export const outcomesResolvers: Resolvers = {
  Query: {
    outcome: async (_parent, { id }, { loaders }) => {
      const outcome = await loaders.outcomeById.load(id);
      if (!outcome) throw notFound(`There is no outcome with id ${id}.`);
      return outcome;
    },
  },
  Mutation: {
    recordOutcome: (_parent, { input }, { caller, db }) => recordOutcome(db, caller, input),
  },
  Conference: {
    outcomes: async (conference, args, { loaders }) => {
      const page = readPage(args);
      return pageOf(await loaders.outcomesByConference.load(conference.id), page);
    },
  },
  Outcome: {
    __resolveReference: (reference, { loaders }, info) => {
      hintEntityType(info, 'Outcome');
      return loaders.outcomeById.load(reference.id);
    },
    conference: (outcome, _args, { loaders }) =>
      required(loaders.conferenceById.load(outcome.conferenceId), `conference ${outcome.conferenceId}`),
    fieldsOfAction: (outcome) => outcome.fieldSlugs.map((slug) => ({ slug })),
    sdgs: (outcome) => outcome.sdgs.map((number) => ({ number })),
    responsiblePeople: (outcome) => outcome.responsiblePersonIds.map((id) => ({ id })),
    partnerOrganizations: (outcome) => outcome.partnerOrganizationIds.map((id) => ({ id })),
  },
};
