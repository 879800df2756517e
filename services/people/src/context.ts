import type { Db } from '@mitmach/db';
import type { RequestContext } from '@mitmach/server-kit';
import type { PeopleLoaders } from './loaders';

export interface PeopleContext extends RequestContext {
  db: Db;
  loaders: PeopleLoaders;
}
