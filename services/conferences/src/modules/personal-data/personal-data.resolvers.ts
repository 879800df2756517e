import { isPerson, isStaff } from '@mitmach/auth';
import { forbidden } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { outcomesRecordedBy, outcomesWithResponsible, registrationsOfPerson } from './personal-data.repository';

export const personalDataResolvers: Resolvers = {
  PersonalDataExport: {
    // The people service checks the caller before the gateway asks here; checked again since this answers any
    // signed caller the gateway forwards.
    __resolveReference: (reference, { caller }) => {
      if (!isStaff(caller) && !isPerson(caller, reference.personId)) {
        throw forbidden("Only the person themself and staff may export a person's data.");
      }
      return { personId: reference.personId };
    },
    registrations: (exported, _args, { db }) => registrationsOfPerson(db, exported.personId),
    responsibleOutcomes: (exported, _args, { db }) => outcomesWithResponsible(db, exported.personId),
    recordedOutcomes: (exported, _args, { db }) => outcomesRecordedBy(db, exported.personId),
  },
};
