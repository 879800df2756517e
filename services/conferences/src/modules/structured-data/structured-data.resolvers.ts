import { JsonObject } from '@mitmach/server-kit';
import type { ConferenceRow } from '../../db/schema';
import type { Resolvers } from '../../generated/graphql';
import { conferenceStructuredData, type RegionFacts } from './conference-structured-data';

/** A conference row together with the region fields the gateway sent along because structuredData @requires them. */
export type ConferenceWithRegion = ConferenceRow & { requiredRegion?: RegionFacts };

export const structuredDataResolvers: Resolvers = {
  JSON: JsonObject,
  Conference: {
    structuredData: async (conference, _args, { loaders }) => {
      const region = (conference as ConferenceWithRegion).requiredRegion;
      if (!region) throw new Error('structuredData was resolved without the region fields it @requires');
      const [days, counts] = await Promise.all([
        loaders.daysByConference.load(conference.id),
        loaders.registrationCountsByConference.load(conference.id),
      ]);
      const remaining = Math.max(0, conference.capacity - (counts?.confirmed ?? 0));
      return conferenceStructuredData(conference, days, region, remaining) as unknown as Record<string, unknown>;
    },
  },
};
