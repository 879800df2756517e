import type { SubgraphContext } from '@mitmach/server-kit';
import type { PartnersLoaders } from './loaders';

export interface PartnersContext extends SubgraphContext {
  loaders: PartnersLoaders;
}
