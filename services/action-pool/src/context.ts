import type { Db } from '@mitmach/db';
import type { EventConsumer } from '@mitmach/events';
import type { RequestContext } from '@mitmach/server-kit';
import type { ActionPoolLoaders } from './loaders';
import type { ActionVisibility } from './modules/actions/action-visibility';

export interface ActionPoolContext extends RequestContext {
  db: Db;
  /** Which actions the caller may see, derived once per request. */
  visibility: ActionVisibility;
  loaders: ActionPoolLoaders;
  /** The service's event consumer, for staff to list and replay its dead letters. */
  events: EventConsumer;
}
