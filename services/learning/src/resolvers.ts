import { deadLetterResolvers, scalarResolvers } from '@mitmach/server-kit';
import type { Resolvers } from './generated/graphql';
import { cohortsResolvers } from './modules/cohorts/cohorts.resolvers';
import { coursesResolvers } from './modules/courses/courses.resolvers';
import { enrollmentsResolvers } from './modules/enrollments/enrollments.resolvers';
import { exchangeMeetingsResolvers } from './modules/exchange-meetings/exchange-meetings.resolvers';
import { handbookResolvers } from './modules/handbook/handbook.resolvers';
import { lessonsResolvers } from './modules/lessons/lessons.resolvers';
import { programModulesResolvers } from './modules/program-modules/program-modules.resolvers';
import { programsResolvers } from './modules/programs/programs.resolvers';
import { toolkitResolvers } from './modules/toolkit/toolkit.resolvers';

const modules: Resolvers[] = [
  programsResolvers,
  programModulesResolvers,
  cohortsResolvers,
  coursesResolvers,
  lessonsResolvers,
  handbookResolvers,
  exchangeMeetingsResolvers,
  toolkitResolvers,
  enrollmentsResolvers,
  deadLetterResolvers({ list: 'learningEventDeadLetters', replay: 'replayLearningEventDeadLetter' }) as Resolvers,
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
