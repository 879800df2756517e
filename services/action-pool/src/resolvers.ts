import { deadLetterResolvers, scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { actionsResolvers } from './modules/actions/actions.resolvers';
import { adoptionsResolvers } from './modules/adoptions/adoptions.resolvers';
import { linkedEntitiesResolvers } from './modules/linked-entities/linked-entities.resolvers';

const modules: Resolvers[] = [
  actionsResolvers,
  adoptionsResolvers,
  linkedEntitiesResolvers,
  deadLetterResolvers({ list: 'actionPoolEventDeadLetters', replay: 'replayActionPoolEventDeadLetter' }) as Resolvers,
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
