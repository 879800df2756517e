import type { SubgraphContext } from '@mitmach/server-kit';
import type { WebhookSettings } from './env';
import type { PartnersLoaders } from './loaders';

export interface PartnersContext extends SubgraphContext {
  loaders: PartnersLoaders;
  webhookSettings: WebhookSettings;
}
