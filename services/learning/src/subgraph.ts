import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { onPersonErased } from './events/person-erased.handler';
import { createLoaders } from './loaders';
import { cohortsResolvers } from './modules/cohorts/cohorts.resolvers';
import { coursesResolvers } from './modules/courses/courses.resolvers';
import { enrollmentsResolvers } from './modules/enrollments/enrollments.resolvers';
import { exchangeMeetingsResolvers } from './modules/exchange-meetings/exchange-meetings.resolvers';
import { handbookResolvers } from './modules/handbook/handbook.resolvers';
import { lessonsResolvers } from './modules/lessons/lessons.resolvers';
import { personalDataResolvers } from './modules/personal-data/personal-data.resolvers';
import { programModulesResolvers } from './modules/program-modules/program-modules.resolvers';
import { programsResolvers } from './modules/programs/programs.resolvers';
import { toolkitResolvers } from './modules/toolkit/toolkit.resolvers';
import { seedDemoLearning } from './seed/seed';

/** The online programme: programmes, cohorts, modules, courses, lessons, handbook, exchange meetings, toolkit and enrolments. */
export const learningSubgraph = defineSubgraph({
  name: 'learning',
  url: import.meta.url,
  resolvers: [
    programsResolvers,
    programModulesResolvers,
    cohortsResolvers,
    coursesResolvers,
    lessonsResolvers,
    handbookResolvers,
    exchangeMeetingsResolvers,
    toolkitResolvers,
    enrollmentsResolvers,
    personalDataResolvers,
  ],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoLearning,
  events: {
    outbox,
    consumer: { processed: processedEvents, deadLetters, handlers: [on(contracts.personErased, onPersonErased)] },
  },
});
