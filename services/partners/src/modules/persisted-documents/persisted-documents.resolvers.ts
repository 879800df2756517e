import type { Resolvers } from '../../generated/graphql';
import { registerDocuments } from './persisted-documents.service';

export const persistedDocumentsResolvers: Resolvers = {
  Mutation: {
    registerPersistedDocuments: (_parent, { input }, { db, caller }) => registerDocuments(db, caller, input),
  },
};
