import type { Db } from '@mitmach/db';
import { contracts, createEventConsumer, type EventTransport, on } from '@mitmach/events';
import type { Logger } from 'pino';
import { deadLetters, processedEvents } from '../db/schema';
import { onOutcomeRecorded } from './outcome-recorded.handler';

export const consumerGroup = 'action-pool';

/** The events the action pool reacts to; without a transport it only lists and replays dead letters. */
export function actionPoolConsumer(db: Db, transport: EventTransport | null, logger: Logger) {
  return createEventConsumer({
    group: consumerGroup,
    db,
    transport,
    processed: processedEvents,
    deadLetters,
    logger,
    handlers: [on(contracts.outcomeRecorded, onOutcomeRecorded)],
  });
}
