import type { SubgraphContext } from '@mitmach/server-kit';
import type { RegionsLoaders } from './loaders';

export interface RegionsContext extends SubgraphContext {
  loaders: RegionsLoaders;
}
