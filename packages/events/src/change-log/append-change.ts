import type { Db } from '@mitmach/db';
import { changeEventCatalogue } from '../catalogue';
import type { ChangePayload } from '../change/change-event';
import { type HandlerRegistration, on } from '../consumer/event-consumer';
import type { EventEnvelope } from '../envelope';
import type { ChangeLogTable } from './change-log-table';

/** Appends one change event to a change log; an event appended before is left as it is. */
export async function appendChange(db: Db, log: ChangeLogTable, event: EventEnvelope<ChangePayload>): Promise<void> {
  await db
    .insert(log)
    .values({
      eventId: event.id,
      eventName: event.name,
      source: event.source,
      entityType: event.aggregateType,
      entityId: event.aggregateId,
      key: event.payload.key,
      kind: event.payload.kind,
      changedFields: event.payload.changedFields,
      public: event.payload.public,
      version: event.payload.version,
      occurredAt: new Date(event.occurredAt),
    })
    .onConflictDoNothing({ target: log.eventId });
}

/**
 * Handlers that feed every change event of the catalogue into a change log, for a service's event consumer: the
 * consumer stores each event once, and the log stamps it with the consumer's transaction.
 */
export function changeLogHandlers(log: ChangeLogTable): HandlerRegistration[] {
  return changeEventCatalogue.map((contract) =>
    on(contract, (tx, event) => appendChange(tx, log, event as EventEnvelope<ChangePayload>)),
  );
}
