import { defineSubgraph } from '@mitmach/server-kit';
import { outbox } from './db/schema';
import { createLoaders } from './loaders';
import { calendarFeedResolvers } from './modules/calendar-feed/calendar-feed.resolvers';
import { registerCalendarFeedRoutes } from './modules/calendar-feed/calendar-feed-routes';
import { gdprResolvers } from './modules/gdpr/gdpr.resolvers';
import { organizationsResolvers } from './modules/organizations/organizations.resolvers';
import { peopleResolvers } from './modules/people/people.resolvers';
import { teamsResolvers } from './modules/teams/teams.resolvers';
import { seedDemoPeople } from './seed/seed';

/** People, organisations, regional teams, consent, GDPR export and erasure, and the secret calendar feed addresses. */
export const peopleSubgraph = defineSubgraph({
  name: 'people',
  url: import.meta.url,
  sharedTypes: ['Sector'],
  resolvers: [peopleResolvers, teamsResolvers, organizationsResolvers, gdprResolvers, calendarFeedResolvers],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoPeople,
  routes: registerCalendarFeedRoutes,
  events: { outbox },
});
