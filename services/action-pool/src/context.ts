import type { SubgraphContext } from '@mitmach/server-kit';
import type { ActionPoolLoaders } from './loaders';
import type { ActionVisibility } from './modules/actions/action-visibility';

export interface ActionPoolContext extends SubgraphContext {
  /** Which actions the caller may see, derived once per request. */
  visibility: ActionVisibility;
  loaders: ActionPoolLoaders;
}
