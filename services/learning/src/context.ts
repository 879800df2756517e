import type { Db } from '@mitmach/db';
import type { EventConsumer } from '@mitmach/events';
import type { RequestContext } from '@mitmach/server-kit';
import type { LearningLoaders } from './loaders';

export interface LearningContext extends RequestContext {
  db: Db;
  loaders: LearningLoaders;
  /** The service's event consumer, for staff to list and replay its dead letters. */
  events: EventConsumer;
}
