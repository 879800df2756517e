import { defineSubgraph } from '@mitmach/server-kit';
import { outbox } from './db/schema';
import { createLoaders } from './loaders';
import { partnerApiKeysResolvers } from './modules/partner-api-keys/partner-api-keys.resolvers';
import { seedDemoPartners } from './seed/seed';

/** The partners service. */
export const partnersSubgraph = defineSubgraph({
  name: 'partners',
  url: import.meta.url,
  resolvers: [partnerApiKeysResolvers],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoPartners,
  events: { outbox },
});
