import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { erasureAppliedHandlers } from './events/erasure-applied.handler';
import { createLoaders } from './loaders';
import { gdprResolvers } from './modules/gdpr/gdpr.resolvers';
import { organizationsResolvers } from './modules/organizations/organizations.resolvers';
import { peopleResolvers } from './modules/people/people.resolvers';
import { teamsResolvers } from './modules/teams/teams.resolvers';
import { seedDemoPeople } from './seed/seed';

/** People, organisations, regional teams, consent, and GDPR export and erasure. */
export const peopleSubgraph = defineSubgraph({
  name: 'people',
  url: import.meta.url,
  sharedTypes: ['Sector'],
  resolvers: [peopleResolvers, teamsResolvers, organizationsResolvers, gdprResolvers],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoPeople,
  events: { outbox, consumer: { processed: processedEvents, deadLetters, handlers: erasureAppliedHandlers } },
});
