import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listPartnerApiKeys } from './partner-api-keys.repository';

export const partnerApiKeysResolvers: Resolvers = {
  Query: {
    partnerApiKeys: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listPartnerApiKeys(db, page);
      return toConnection(rows, page, totalCount);
    },
    partnerApiKey: (_parent, { id }, { loaders }) => loaders.partnerApiKeyById.load(id),
  },
  PartnerApiKey: {
    __resolveReference: (reference, { loaders }) => loaders.partnerApiKeyById.load(reference.id),
  },
};
