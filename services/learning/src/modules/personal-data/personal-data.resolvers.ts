import { resolvePersonalDataReference } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { enrollmentsOfPerson } from './personal-data.repository';

export const personalDataResolvers: Resolvers = {
  PersonalDataExport: {
    __resolveReference: (reference, { caller }) => resolvePersonalDataReference(reference, caller),
    enrollments: (exported, _args, { db }) => enrollmentsOfPerson(db, exported.personId),
  },
};
