import type { Db } from '@mitmach/db';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { type EventContract, type PayloadOf, topicOf } from '../contract';
import { type EventEnvelope, validatePayload } from '../envelope';
import { activeTraceparent, messagingAttributes, tracer } from '../tracing';
import { uuidV7 } from '../uuid-v7';
import type { OutboxTable } from './outbox-table';

export function outboxChannel(outbox: OutboxTable): string {
  return `outbox_${getTableConfig(outbox).schema ?? 'public'}`;
}

export interface NewEvent<Contract extends EventContract> {
  aggregateId: string;
  payload: PayloadOf<Contract>;
  /** The trace the event continues; that of the active span unless given. */
  traceparent?: string | null;
  occurredAt?: Date;
}

/**
 * Adds an event to the service's outbox. Call it with the transaction that makes the change, so that both commit or
 * neither does; a payload that breaks its contract throws EventPayloadError and so rolls the change back. The write is
 * a span of its own, and its trace context is stored with the event for the consumers to continue.
 */
export function writeEvent<Contract extends EventContract>(
  db: Db,
  outbox: OutboxTable,
  contract: Contract,
  event: NewEvent<Contract>,
): Promise<EventEnvelope<PayloadOf<Contract>>> {
  const id = uuidV7();
  const topic = topicOf(contract);
  return tracer().startActiveSpan(
    `create ${contract.name}`,
    { kind: SpanKind.PRODUCER, attributes: messagingAttributes('create', topic, id) },
    async (span) => {
      try {
        const payload = validatePayload(contract, event.payload);
        const envelope: EventEnvelope<PayloadOf<Contract>> = {
          id,
          name: contract.name,
          version: contract.version,
          aggregateType: contract.aggregateType,
          aggregateId: event.aggregateId,
          occurredAt: (event.occurredAt ?? new Date()).toISOString(),
          source: contract.source,
          traceparent: event.traceparent === undefined ? activeTraceparent() : event.traceparent,
          payload,
        };
        await db.insert(outbox).values({
          id: envelope.id,
          name: envelope.name,
          version: envelope.version,
          topic,
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
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
