import type { Db } from '@mitmach/db';
import type { RequestContext } from '@mitmach/server-kit';
import type { LearningLoaders } from './loaders';

export interface LearningContext extends RequestContext {
  db: Db;
  loaders: LearningLoaders;
}
