import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import {
  onGuestRegistrationRequested,
  onGuestRegistrationSettled,
  onRegistrationCancellationRequested,
} from './events/guest-registration.handlers';
import { onPersonErased } from './events/person-erased.handler';
import { createLoaders } from './loaders';
import { agendaResolvers } from './modules/agenda/agenda.resolvers';
import { conferencesResolvers } from './modules/conferences/conferences.resolvers';
import { initiativeMapResolvers } from './modules/initiative-map/initiative-map.resolvers';
import { outcomesResolvers } from './modules/outcomes/outcomes.resolvers';
import { personalDataResolvers } from './modules/personal-data/personal-data.resolvers';
import { registrationsResolvers } from './modules/registrations/registrations.resolvers';
import { structuredDataResolvers } from './modules/structured-data/structured-data.resolvers';
import { seedDemoConferences } from './seed/seed';

/** Mitmach-Konferenzen with their days, agenda, registrations and waitlist, initiative maps and outcomes. */
export const conferencesSubgraph = defineSubgraph({
  name: 'conferences',
  url: import.meta.url,
  sharedTypes: ['Sector'],
  resolvers: [
    conferencesResolvers,
    agendaResolvers,
    registrationsResolvers,
    initiativeMapResolvers,
    outcomesResolvers,
    structuredDataResolvers,
    personalDataResolvers,
  ],
  context: ({ db, caller }) => ({ loaders: createLoaders(db, caller) }),
  seed: seedDemoConferences,
  events: {
    outbox,
    consumer: {
      processed: processedEvents,
      deadLetters,
      handlers: [
        on(contracts.personErased, onPersonErased),
        on(contracts.guestRegistrationRequested, onGuestRegistrationRequested),
        on(contracts.guestRegistrationSettled, onGuestRegistrationSettled),
        on(contracts.registrationCancellationRequested, onRegistrationCancellationRequested),
      ],
    },
  },
});
