import { defineSubgraph } from '@mitmach/server-kit';
import { createLoaders } from './loaders';
import { apiKeysResolvers } from './modules/api-keys/api-keys.resolvers';
import { registerKeyRoutes } from './modules/key-resolution/key-routes';
import { persistedDocumentsResolvers } from './modules/persisted-documents/persisted-documents.resolvers';
import { seedDemoPartners } from './seed/seed';

/** Partner websites' API keys with their origins and quotas, and the documents registered for them. */
export const partnersSubgraph = defineSubgraph({
  name: 'partners',
  url: import.meta.url,
  resolvers: [apiKeysResolvers, persistedDocumentsResolvers],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoPartners,
  routes: registerKeyRoutes,
});
