import type { Db } from '@mitmach/db';
import { type Attributes, SpanKind, SpanStatusCode } from '@opentelemetry/api';
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

// One event is named by its id; a batch by its size, as the messaging conventions of OpenTelemetry have it.
function producerAttributes(topic: string, ids: readonly string[]): Attributes {
  const single = messagingAttributes('create', topic, ids[0] ?? '');
  if (ids.length === 1) return single;
  const { 'messaging.message.id': _id, ...shared } = single;
  return { ...shared, 'messaging.batch.message_count': ids.length };
}

// A multi-row insert binds ten parameters a row; Postgres takes at most 65535 in one statement.
const rowsPerInsert = 1_000;

/**
 * Adds an event to the service's outbox. Call it with the transaction that makes the change, so that both commit or
 * neither does; a payload that breaks its contract throws EventPayloadError and so rolls the change back. The write is
 * a span of its own, and its trace context is stored with the event for the consumers to continue.
 */
export async function writeEvent<Contract extends EventContract>(
  db: Db,
  outbox: OutboxTable,
  contract: Contract,
  event: NewEvent<Contract>,
): Promise<EventEnvelope<PayloadOf<Contract>>> {
  const [envelope] = await writeEvents(db, outbox, contract, [event]);
  if (!envelope) throw new Error('the outbox took no event');
  return envelope;
}

/**
 * Adds events of one contract to the outbox in as few statements as the parameter limit allows, in the given order:
 * a change of many rows (a seed, a bulk update) publishes them without a round trip per event, and so keeps its
 * transaction short. Same guarantees as writeEvent: all commit with the change, or none, and one span covers them.
 */
export function writeEvents<Contract extends EventContract>(
  db: Db,
  outbox: OutboxTable,
  contract: Contract,
  events: readonly NewEvent<Contract>[],
): Promise<EventEnvelope<PayloadOf<Contract>>[]> {
  if (events.length === 0) return Promise.resolve([]);
  const topic = topicOf(contract);
  const ids = events.map(() => uuidV7());
  return tracer().startActiveSpan(
    `create ${contract.name}`,
    { kind: SpanKind.PRODUCER, attributes: producerAttributes(topic, ids) },
    async (span) => {
      try {
        const traceparent = activeTraceparent();
        const envelopes = events.map(
          (event, index): EventEnvelope<PayloadOf<Contract>> => ({
            id: ids[index] as string,
            name: contract.name,
            version: contract.version,
            aggregateType: contract.aggregateType,
            aggregateId: event.aggregateId,
            occurredAt: (event.occurredAt ?? new Date()).toISOString(),
            source: contract.source,
            traceparent: event.traceparent === undefined ? traceparent : event.traceparent,
            payload: validatePayload(contract, event.payload),
          }),
        );
        for (let offset = 0; offset < envelopes.length; offset += rowsPerInsert) {
          await db.insert(outbox).values(
            envelopes.slice(offset, offset + rowsPerInsert).map((envelope) => ({
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
            })),
          );
        }
        // Delivered at commit only, so the relay never wakes for a change that rolled back.
        await db.execute(sql`select pg_notify(${outboxChannel(outbox)}, '')`);
        return envelopes;
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
