import type { Resolvers } from '../../generated/graphql';
import { listFieldsOfAction, listSdgs } from './reference-data.repository';

export const referenceDataResolvers: Resolvers = {
  Query: {
    fieldsOfAction: (_parent, { includeRetired }, { db }) => listFieldsOfAction(db, includeRetired ?? false),
    sdgs: (_parent, _args, { db }) => listSdgs(db),
  },
  FieldOfAction: {
    __resolveReference: (reference, { loaders }) => loaders.fieldOfActionBySlug.load(reference.slug),
  },
  Sdg: {
    __resolveReference: (reference, { loaders }) => loaders.sdgByNumber.load(reference.number),
  },
};
