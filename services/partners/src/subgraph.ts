import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { readWebhookSettings, type WebhookSettings } from './env';
import { changeEventHandlers } from './events/change-events.handler';
import { onPersonErased } from './events/person-erased.handler';
import { createLoaders } from './loaders';
import { apiKeysResolvers } from './modules/api-keys/api-keys.resolvers';
import { changeFeedResolvers } from './modules/change-feed/change-feed.resolvers';
import { registerKeyRoutes } from './modules/key-resolution/key-routes';
import { persistedDocumentsResolvers } from './modules/persisted-documents/persisted-documents.resolvers';
import { createDeliveryWorker } from './modules/webhooks/delivery-worker';
import { webhooksResolvers } from './modules/webhooks/webhooks.resolvers';
import { seedDemoPartners } from './seed/seed';

let settings: WebhookSettings | undefined;
// Read once the service mounts, not when it is imported: code generation imports the definition without a service.
const webhookSettings = () => {
  settings ??= readWebhookSettings();
  return settings;
};

/**
 * Partner websites' API keys with their origins and quotas, the documents registered for them, their webhook
 * subscriptions with the deliveries made from public change events, and the public change feed.
 */
export const partnersSubgraph = defineSubgraph({
  name: 'partners',
  url: import.meta.url,
  resolvers: [apiKeysResolvers, persistedDocumentsResolvers, webhooksResolvers, changeFeedResolvers],
  context: ({ db }) => ({ loaders: createLoaders(db), webhookSettings: webhookSettings() }),
  seed: seedDemoPartners,
  routes: registerKeyRoutes,
  events: {
    outbox,
    consumer: {
      processed: processedEvents,
      deadLetters,
      handlers: [...changeEventHandlers, on(contracts.personErased, onPersonErased)],
    },
  },
  workers: ({ db, logger }) => [createDeliveryWorker({ db, logger, settings: webhookSettings() })],
});
