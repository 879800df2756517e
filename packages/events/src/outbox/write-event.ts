import type { Db } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { type EventContract, type PayloadOf, topicOf } from '../contract';
import { type EventEnvelope, validatePayload } from '../envelope';
import { uuidV7 } from '../uuid-v7';
import type { OutboxTable } from './outbox-table';

export function outboxChannel(outbox: OutboxTable): string {
  return `outbox_${getTableConfig(outbox).schema ?? 'public'}`;
}

export interface NewEvent<Contract extends EventContract> {
  aggregateId: string;
  payload: PayloadOf<Contract>;
  traceparent?: string | null;
  occurredAt?: Date;
}

/**
 * Adds an event to the service's outbox. Call it with the transaction that makes the change, so that both commit or
 * neither does; a payload that breaks its contract throws EventPayloadError and so rolls the change back.
 */
export async function writeEvent<Contract extends EventContract>(
  db: Db,
  outbox: OutboxTable,
  contract: Contract,
  event: NewEvent<Contract>,
): Promise<EventEnvelope<PayloadOf<Contract>>> {
  const payload = validatePayload(contract, event.payload);
  const envelope: EventEnvelope<PayloadOf<Contract>> = {
    id: uuidV7(),
    name: contract.name,
    version: contract.version,
    aggregateType: contract.aggregateType,
    aggregateId: event.aggregateId,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    source: contract.source,
    traceparent: event.traceparent ?? null,
    payload,
  };
  await db.insert(outbox).values({
    id: envelope.id,
    name: envelope.name,
    version: envelope.version,
    topic: topicOf(contract),
    aggregateType: envelope.aggregateType,
    aggregateId: envelope.aggregateId,
    occurredAt: new Date(envelope.occurredAt),
    source: envelope.source,
    traceparent: envelope.traceparent,
    payload: envelope.payload as object,
  });
  // Delivered at commit only, so the relay never wakes for a change that rolled back.
  await db.execute(sql`select pg_notify(${outboxChannel(outbox)}, '')`);
  return envelope;
}
