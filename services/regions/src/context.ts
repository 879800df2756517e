import type { Db } from '@mitmach/db';
import type { EventConsumer } from '@mitmach/events';
import type { RequestContext } from '@mitmach/server-kit';
import type { RegionsLoaders } from './loaders';

export interface RegionsContext extends RequestContext {
  db: Db;
  loaders: RegionsLoaders;
  /** The service's event consumer, for staff to list and replay its dead letters. */
  events: EventConsumer;
}
