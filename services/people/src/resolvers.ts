import { scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { gdprResolvers } from './modules/gdpr/gdpr.resolvers';
import { organizationsResolvers } from './modules/organizations/organizations.resolvers';
import { peopleResolvers } from './modules/people/people.resolvers';
import { teamsResolvers } from './modules/teams/teams.resolvers';

const modules: Resolvers[] = [peopleResolvers, teamsResolvers, organizationsResolvers, gdprResolvers];

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
