import { readPage } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { pageOf } from '../paging';
import { required } from '../required';
import { addInitiativeMapEntry } from './initiative-map.service';

export const initiativeMapResolvers: Resolvers = {
  Mutation: {
    addInitiativeMapEntry: (_parent, { input }, { caller, db }) => addInitiativeMapEntry(db, caller, input),
  },
  Conference: {
    initiativeMap: async (conference, args, { loaders }) => {
      const page = readPage(args);
      const kinds = args.filter?.kinds;
      const entries = await loaders.mapEntriesByConference.load(conference.id);
      return pageOf(kinds?.length ? entries.filter((entry) => kinds.includes(entry.kind)) : entries, page);
    },
  },
  InitiativeMapEntry: {
    conference: (entry, _args, { loaders }) =>
      required(loaders.conferenceById.load(entry.conferenceId), `conference ${entry.conferenceId}`),
    organization: (entry) => (entry.organizationId ? { id: entry.organizationId } : null),
    fieldOfAction: (entry) => (entry.fieldSlug ? { slug: entry.fieldSlug } : null),
  },
};
