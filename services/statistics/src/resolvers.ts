import { deadLetterResolvers, scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { actionSpreadResolvers } from './modules/action-spread/action-spread.resolvers';
import { conferenceStatisticsResolvers } from './modules/conference-statistics/conference-statistics.resolvers';
import { networkResolvers } from './modules/network/network.resolvers';
import { regionStatisticsResolvers } from './modules/region-statistics/region-statistics.resolvers';
import { seriesResolvers } from './modules/series/series.resolvers';

const modules: Resolvers[] = [
  networkResolvers,
  seriesResolvers,
  regionStatisticsResolvers,
  conferenceStatisticsResolvers,
  actionSpreadResolvers,
  deadLetterResolvers({ list: 'statisticsEventDeadLetters', replay: 'replayStatisticsEventDeadLetter' }) as Resolvers,
];

/** The resolver maps of every module, merged type by type. */
export const resolvers = {
  ...scalarResolvers,
  ...Object.fromEntries(
    [...new Set(modules.flatMap((module) => Object.keys(module)))].map((type) => [
      type,
      Object.assign({}, ...modules.map((module) => (module as Record<string, object | undefined>)[type] ?? {})),
    ]),
  ),
};
