import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listPeerGroups } from './peer-groups.repository';
import { createPeerGroup, updatePeerGroup } from './peer-groups.service';

export const peerGroupsResolvers: Resolvers = {
  Query: {
    peerGroups: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listPeerGroups(db, page);
      return toConnection(rows, page, totalCount);
    },
    peerGroup: async (_parent, { id }, { loaders }) => {
      const group = await loaders.peerGroupById.load(id);
      if (!group) throw notFound(`There is no peer group with id ${id}.`);
      return group;
    },
  },
  Mutation: {
    createPeerGroup: (_parent, { input }, { db, caller }) => createPeerGroup(db, caller, input),
    updatePeerGroup: (_parent, { input }, { db, caller }) => updatePeerGroup(db, caller, input),
  },
  PeerGroup: {
    __resolveReference: (reference, { loaders }) => loaders.peerGroupById.load(reference.id),
    regions: (group, _args, { loaders }) => loaders.regionsByPeerGroup.load(group.id),
  },
};
