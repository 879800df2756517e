import { topicOf } from '../contract';
import { personErased } from '../contracts/people';
import type { TransportRecord } from '../transport/transport';
import { uuidV7 } from '../uuid-v7';

/** A `people.person-erased` event as the people service's relay would put it on the transport. */
export function personErasedRecord(personId: string, erasedAt = new Date()): TransportRecord {
  const id = uuidV7();
  return {
    topic: topicOf(personErased),
    key: personId,
    eventId: id,
    value: JSON.stringify({
      id,
      name: personErased.name,
      version: 1,
      aggregateType: 'person',
      aggregateId: personId,
      occurredAt: erasedAt.toISOString(),
      source: 'people',
      traceparent: null,
      payload: { personId, erasedAt: erasedAt.toISOString() },
    }),
  };
}
