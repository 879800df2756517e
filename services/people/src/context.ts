import type { SubgraphContext } from '@mitmach/server-kit';
import type { PeopleLoaders } from './loaders';

export interface PeopleContext extends SubgraphContext {
  loaders: PeopleLoaders;
}
