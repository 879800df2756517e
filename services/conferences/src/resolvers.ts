import { deadLetterResolvers, scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { agendaResolvers } from './modules/agenda/agenda.resolvers';
import { conferencesResolvers } from './modules/conferences/conferences.resolvers';
import { initiativeMapResolvers } from './modules/initiative-map/initiative-map.resolvers';
import { outcomesResolvers } from './modules/outcomes/outcomes.resolvers';
import { registrationsResolvers } from './modules/registrations/registrations.resolvers';

const modules: Resolvers[] = [
  conferencesResolvers,
  agendaResolvers,
  registrationsResolvers,
  initiativeMapResolvers,
  outcomesResolvers,
  deadLetterResolvers({ list: 'conferencesEventDeadLetters', replay: 'replayConferencesEventDeadLetter' }) as Resolvers,
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
