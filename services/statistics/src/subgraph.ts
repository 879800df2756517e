import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, processedEvents } from './db/schema';
import { statisticsHandlers } from './events/statistics-handlers';
import { figuresExport } from './export/figures-export';
import { createLoaders } from './loaders';
import { actionSpreadResolvers } from './modules/action-spread/action-spread.resolvers';
import { conferenceStatisticsResolvers } from './modules/conference-statistics/conference-statistics.resolvers';
import { networkResolvers } from './modules/network/network.resolvers';
import { regionStatisticsResolvers } from './modules/region-statistics/region-statistics.resolvers';
import { seriesResolvers } from './modules/series/series.resolvers';
import { seedDemoStatistics } from './seed/seed';

/**
 * The network's figures for the foundations, a read model built only from events; statistics publishes none of its
 * own, so it has no outbox.
 */
export const statisticsSubgraph = defineSubgraph({
  name: 'statistics',
  url: import.meta.url,
  sharedTypes: ['Sector'],
  resolvers: [
    networkResolvers,
    seriesResolvers,
    regionStatisticsResolvers,
    conferenceStatisticsResolvers,
    actionSpreadResolvers,
  ],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoStatistics,
  events: { consumer: { processed: processedEvents, deadLetters, handlers: statisticsHandlers } },
  exports: { 'figures.csv': figuresExport },
});
