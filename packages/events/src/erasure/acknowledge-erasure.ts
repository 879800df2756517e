import type { Db } from '@mitmach/db';
import { type ErasingService, personErasureAppliedBy } from '../contracts/erasure';
import type { EventEnvelope } from '../envelope';
import type { OutboxTable } from '../outbox/outbox-table';
import { writeEvent } from '../outbox/write-event';

/**
 * Tells the people service that this service has applied an erasure; written in the transaction that applied it, so
 * the acknowledgement exists exactly when the erasure does. Names the erasure by its event id, not the person.
 */
export function acknowledgeErasure(db: Db, outbox: OutboxTable, service: ErasingService, erasure: EventEnvelope) {
  const appliedAt = new Date();
  return writeEvent(db, outbox, personErasureAppliedBy[service], {
    aggregateId: erasure.id,
    occurredAt: appliedAt,
    payload: { erasureId: erasure.id, appliedAt: appliedAt.toISOString() },
  });
}
