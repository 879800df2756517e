import type { SubgraphContext } from '@mitmach/server-kit';
import type { LearningLoaders } from './loaders';

export interface LearningContext extends SubgraphContext {
  loaders: LearningLoaders;
}
