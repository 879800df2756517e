import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { onOutcomeRecorded } from './events/outcome-recorded.handler';
import { onPersonErased } from './events/person-erased.handler';
import { createLoaders } from './loaders';
import { actionVisibility } from './modules/actions/action-visibility';
import { actionsResolvers } from './modules/actions/actions.resolvers';
import { adoptionsResolvers } from './modules/adoptions/adoptions.resolvers';
import { linkedEntitiesResolvers } from './modules/linked-entities/linked-entities.resolvers';
import { personalDataResolvers } from './modules/personal-data/personal-data.resolvers';
import { seedDemoActions } from './seed/seed';

/** The action pool: best-practice actions, their adoption by other regions, and German full-text search. */
export const actionPoolSubgraph = defineSubgraph({
  name: 'action-pool',
  url: import.meta.url,
  resolvers: [actionsResolvers, adoptionsResolvers, linkedEntitiesResolvers, personalDataResolvers],
  context: ({ db, caller }) => {
    const visibility = actionVisibility(caller);
    return { visibility, loaders: createLoaders(db, visibility) };
  },
  seed: seedDemoActions,
  events: {
    outbox,
    consumer: {
      processed: processedEvents,
      deadLetters,
      handlers: [on(contracts.outcomeRecorded, onOutcomeRecorded), on(contracts.personErased, onPersonErased)],
    },
  },
});
