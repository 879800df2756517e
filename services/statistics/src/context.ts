import type { SubgraphContext } from '@mitmach/server-kit';
import type { StatisticsLoaders } from './loaders';

export interface StatisticsContext extends SubgraphContext {
  loaders: StatisticsLoaders;
}
