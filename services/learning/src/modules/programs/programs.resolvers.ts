import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listPrograms } from './programs.repository';
import { createProgram, updateProgram } from './programs.service';

export const programsResolvers: Resolvers = {
  Query: {
    programs: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listPrograms(db, { kinds: args.filter?.kinds }, page);
      return toConnection(rows, page, totalCount);
    },
    program: async (_parent, { id }, { loaders }) => {
      const program = await loaders.programById.load(id);
      if (!program) throw notFound(`There is no programme with id ${id}.`);
      return program;
    },
  },
  Mutation: {
    createProgram: (_parent, { input }, { db, caller }) => createProgram(db, caller, input),
    updateProgram: (_parent, { input }, { db, caller }) => updateProgram(db, caller, input),
  },
  Program: {
    __resolveReference: (reference, { loaders }) => loaders.programById.load(reference.id),
    modules: (program, _args, { loaders }) => loaders.modulesByProgram.load(program.id),
    courses: async (program, _args, { loaders }) =>
      (await loaders.coursesByProgram.load(program.id)).map((entry) => entry.course),
    cohorts: (program, _args, { loaders }) => loaders.cohortsByProgram.load(program.id),
  },
};
