import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { onConferenceHeld } from './events/conference-held.handler';
import { onPersonErased } from './events/person-erased.handler';
import { onRegionApplicationConfirmed } from './events/region-application-confirmed.handler';
import { createLoaders } from './loaders';
import { applicationRoundsResolvers } from './modules/application-rounds/application-rounds.resolvers';
import { fundingResolvers } from './modules/funding/funding.resolvers';
import { peerGroupsResolvers } from './modules/peer-groups/peer-groups.resolvers';
import { personalDataResolvers } from './modules/personal-data/personal-data.resolvers';
import { referenceDataResolvers } from './modules/reference-data/reference-data.resolvers';
import { regionsResolvers } from './modules/regions/regions.resolvers';
import { structuredDataResolvers } from './modules/structured-data/structured-data.resolvers';
import { seedDemoRegions } from './seed/seed';

/** Regions, peer groups, application rounds, the funding ledger and the reference data of fields of action and SDGs. */
export const regionsSubgraph = defineSubgraph({
  name: 'regions',
  url: import.meta.url,
  sharedTypes: ['RegionKind', 'GeoPointInput'],
  resolvers: [
    regionsResolvers,
    referenceDataResolvers,
    peerGroupsResolvers,
    applicationRoundsResolvers,
    fundingResolvers,
    structuredDataResolvers,
    personalDataResolvers,
  ],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoRegions,
  events: {
    outbox,
    consumer: {
      processed: processedEvents,
      deadLetters,
      handlers: [
        on(contracts.conferenceHeld, onConferenceHeld),
        on(contracts.personErased, onPersonErased),
        on(contracts.regionApplicationConfirmed, onRegionApplicationConfirmed),
      ],
    },
  },
});
