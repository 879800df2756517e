import type { SubgraphContext } from '@mitmach/server-kit';
import type { ConferencesLoaders } from './loaders';

export interface ConferencesContext extends SubgraphContext {
  loaders: ConferencesLoaders;
}
