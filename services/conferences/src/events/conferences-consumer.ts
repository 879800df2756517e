import type { Db } from '@mitmach/db';
import { contracts, createEventConsumer, type EventTransport, on } from '@mitmach/events';
import type { Logger } from 'pino';
import { deadLetters, processedEvents } from '../db/schema';
import { onPersonErased } from './person-erased.handler';

export const consumerGroup = 'conferences';

/** The events conferences reacts to; without a transport it only lists and replays its dead letters. */
export function conferencesConsumer(db: Db, transport: EventTransport | null, logger: Logger) {
  return createEventConsumer({
    group: consumerGroup,
    db,
    transport,
    processed: processedEvents,
    deadLetters,
    logger,
    handlers: [on(contracts.personErased, onPersonErased)],
  });
}
