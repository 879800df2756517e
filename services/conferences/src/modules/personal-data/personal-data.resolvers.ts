import { resolvePersonalDataReference } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { outcomesRecordedBy, outcomesWithResponsible, registrationsOfPerson } from './personal-data.repository';

export const personalDataResolvers: Resolvers = {
  PersonalDataExport: {
    __resolveReference: (reference, { caller }) => resolvePersonalDataReference(reference, caller),
    registrations: (exported, _args, { db }) => registrationsOfPerson(db, exported.personId),
    responsibleOutcomes: (exported, _args, { db }) => outcomesWithResponsible(db, exported.personId),
    recordedOutcomes: (exported, _args, { db }) => outcomesRecordedBy(db, exported.personId),
  },
};
