import { resolvePersonalDataReference } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { actionsCreatedBy, adoptionsCreatedBy } from './personal-data.repository';

export const personalDataResolvers: Resolvers = {
  PersonalDataExport: {
    __resolveReference: (reference, { caller }) => resolvePersonalDataReference(reference, caller),
    createdActions: (exported, _args, { db }) => actionsCreatedBy(db, exported.personId),
    startedAdoptions: (exported, _args, { db }) => adoptionsCreatedBy(db, exported.personId),
  },
};
