import type { Db } from '@mitmach/db';
import { contracts, createEventConsumer, type EventTransport, on } from '@mitmach/events';
import type { Logger } from 'pino';
import { deadLetters, processedEvents } from '../db/schema';
import { onConferenceHeld } from './conference-held.handler';

export const consumerGroup = 'regions';

export function regionsConsumer(db: Db, transport: EventTransport | null, logger: Logger) {
  return createEventConsumer({
    group: consumerGroup,
    db,
    transport,
    processed: processedEvents,
    deadLetters,
    logger,
    handlers: [on(contracts.conferenceHeld, onConferenceHeld)],
  });
}
