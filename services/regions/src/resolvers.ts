import { deadLetterResolvers, scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { applicationRoundsResolvers } from './modules/application-rounds/application-rounds.resolvers';
import { fundingResolvers } from './modules/funding/funding.resolvers';
import { peerGroupsResolvers } from './modules/peer-groups/peer-groups.resolvers';
import { referenceDataResolvers } from './modules/reference-data/reference-data.resolvers';
import { regionsResolvers } from './modules/regions/regions.resolvers';

const modules: Resolvers[] = [
  regionsResolvers,
  referenceDataResolvers,
  peerGroupsResolvers,
  applicationRoundsResolvers,
  fundingResolvers,
  deadLetterResolvers({ list: 'regionsEventDeadLetters', replay: 'replayRegionsEventDeadLetter' }) as Resolvers,
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
