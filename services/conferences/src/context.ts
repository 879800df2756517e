import type { Db } from '@mitmach/db';
import type { EventConsumer } from '@mitmach/events';
import type { RequestContext } from '@mitmach/server-kit';
import type { ConferencesLoaders } from './loaders';

export interface ConferencesContext extends RequestContext {
  db: Db;
  loaders: ConferencesLoaders;
  /** The service's event consumer, for staff to list and replay its dead letters. */
  events: EventConsumer;
}
