import { resolvePersonalDataReference } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { required } from '../required';
import { applicationsDecidedBy, fundingEntriesRecordedBy, statusChangesBy } from './personal-data.repository';

export const personalDataResolvers: Resolvers = {
  PersonalDataExport: {
    __resolveReference: (reference, { caller }) => resolvePersonalDataReference(reference, caller),
    regionStatusChanges: (exported, _args, { db }) => statusChangesBy(db, exported.personId),
    decidedApplications: (exported, _args, { db }) => applicationsDecidedBy(db, exported.personId),
    recordedFundingEntries: (exported, _args, { db }) => fundingEntriesRecordedBy(db, exported.personId),
  },
  PersonalDataRegionStatusChange: {
    region: (change, _args, { loaders }) =>
      required(loaders.regionById.load(change.regionId), `region ${change.regionId}`),
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
  },
  PersonalDataFundingEntry: {
    region: (entry, _args, { loaders }) =>
      required(loaders.regionById.load(entry.regionId), `region ${entry.regionId}`),
    entry: (entry) => entry,
    recordedAt: (entry) => entry.createdAt,
  },
};
