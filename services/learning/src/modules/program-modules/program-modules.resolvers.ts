import type { Resolvers } from '../../generated/graphql';
import { createProgramModule, updateProgramModule } from './program-modules.service';

export const programModulesResolvers: Resolvers = {
  Mutation: {
    createProgramModule: (_parent, { input }, { db, caller }) => createProgramModule(db, caller, input),
    updateProgramModule: (_parent, { input }, { db, caller }) => updateProgramModule(db, caller, input),
  },
  ProgramModule: {
    __resolveReference: (reference, { loaders }) => loaders.moduleById.load(reference.id),
    program: async (module, _args, { loaders }) => {
      const program = await loaders.programById.load(module.programId);
      if (!program) throw new Error(`module ${module.id} has no programme`);
      return program;
    },
  },
};
