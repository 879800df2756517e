import type { Db } from '@mitmach/db';
import type { EventConsumer } from '@mitmach/events';
import type { RequestContext } from '@mitmach/server-kit';
import type { StatisticsLoaders } from './loaders';

export interface StatisticsContext extends RequestContext {
  db: Db;
  loaders: StatisticsLoaders;
  /** The service's event consumer, for staff to list and replay its dead letters. */
  events: EventConsumer;
}
