import { type Caller, isStaff } from '@mitmach/auth';
import { forbidden, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { statusOf } from './api-key-status';
import { listApiKeys } from './api-keys.repository';
import { createApiKey, revokeApiKey, rotateApiKey } from './api-keys.service';

function requireStaff(caller: Caller) {
  if (!isStaff(caller)) throw forbidden('Only staff see partner API keys.');
}

export const apiKeysResolvers: Resolvers = {
  Query: {
    partnerApiKeys: async (_parent, args, { db, caller }) => {
      requireStaff(caller);
      const page = readPage(args);
      const { rows, totalCount } = await listApiKeys(db, page);
      return toConnection(rows, page, totalCount);
    },
    partnerApiKey: (_parent, { id }, { caller, loaders }) => {
      requireStaff(caller);
      return loaders.apiKeyById.load(id);
    },
  },
  Mutation: {
    createPartnerApiKey: (_parent, { input }, { db, caller }) => createApiKey(db, caller, input),
    rotatePartnerApiKey: (_parent, { input }, { db, caller }) => rotateApiKey(db, caller, input),
    revokePartnerApiKey: (_parent, { input }, { db, caller }) => revokeApiKey(db, caller, input),
  },
  PartnerApiKey: {
    status: (key) => statusOf(key, new Date()),
    secretHints: async (key, _args, { loaders }) =>
      (await loaders.validSecretsByKey.load(key.id)).map((secret) => secret.hint),
    persistedDocuments: async (key, args, { loaders }) => {
      const page = readPage(args);
      const { rows, totalCount } = await loaders.documentPagesByKey.load({ groupId: key.id, page });
      return toConnection(rows, page, totalCount);
    },
  },
};
