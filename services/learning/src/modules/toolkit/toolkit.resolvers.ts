import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listToolkitItems } from './toolkit.repository';
import { createToolkitItem, updateToolkitItem } from './toolkit.service';

export const toolkitResolvers: Resolvers = {
  Query: {
    toolkitItems: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listToolkitItems(db, { kinds: args.filter?.kinds }, page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    createToolkitItem: (_parent, { input }, { db, caller }) => createToolkitItem(db, caller, input),
    updateToolkitItem: (_parent, { input }, { db, caller }) => updateToolkitItem(db, caller, input),
  },
  ToolkitItem: {
    __resolveReference: (reference, { loaders }) => loaders.toolkitItemById.load(reference.id),
  },
};
