import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listCohorts } from './cohorts.repository';
import { addRegionToCohort, createCohort, removeRegionFromCohort, updateCohort } from './cohorts.service';

export const cohortsResolvers: Resolvers = {
  Query: {
    cohorts: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listCohorts(db, args.filter ?? {}, page);
      return toConnection(rows, page, totalCount);
    },
    cohort: async (_parent, { id }, { loaders }) => {
      const cohort = await loaders.cohortById.load(id);
      if (!cohort) throw notFound(`There is no cohort with id ${id}.`);
      return cohort;
    },
  },
  Mutation: {
    createCohort: (_parent, { input }, { db, caller }) => createCohort(db, caller, input),
    updateCohort: (_parent, { input }, { db, caller }) => updateCohort(db, caller, input),
    addRegionToCohort: (_parent, { input }, { db, caller }) => addRegionToCohort(db, caller, input),
    removeRegionFromCohort: (_parent, { input }, { db, caller }) => removeRegionFromCohort(db, caller, input),
  },
  Cohort: {
    __resolveReference: (reference, { loaders }) => loaders.cohortById.load(reference.id),
    program: async (cohort, _args, { loaders }) => {
      const program = await loaders.programById.load(cohort.programId);
      if (!program) throw new Error(`cohort ${cohort.id} has no programme`);
      return program;
    },
    regions: async (cohort, _args, { loaders }) =>
      (await loaders.participationsByCohort.load(cohort.id)).map((participation) => ({ id: participation.regionId })),
    regionCount: async (cohort, _args, { loaders }) => (await loaders.participationsByCohort.load(cohort.id)).length,
  },
  CohortParticipation: {
    cohort: async (participation, _args, { loaders }) => {
      const cohort = await loaders.cohortById.load(participation.cohortId);
      if (!cohort) throw new Error(`participation in unknown cohort ${participation.cohortId}`);
      return cohort;
    },
    region: (participation) => ({ id: participation.regionId }),
  },
  Region: {
    __resolveReference: (reference) => ({ id: reference.id }),
    cohortParticipations: (region, _args, { loaders }) => loaders.participationsByRegion.load(region.id),
  },
};
