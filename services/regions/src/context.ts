import type { Db } from '@mitmach/db';
import type { RequestContext } from '@mitmach/server-kit';
import type { RegionsLoaders } from './loaders';

export interface RegionsContext extends RequestContext {
  db: Db;
  loaders: RegionsLoaders;
}
