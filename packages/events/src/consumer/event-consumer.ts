import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@mitmach/db';
import { type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { findContract } from '../catalogue';
import { type EventContract, type PayloadOf, topicOf } from '../contract';
import { describeIssues, type EventEnvelope, envelopeSchema } from '../envelope';
import { type Fence, LeaseLostError } from '../lease/role-lease';
import { contextOfWrite, messagingAttributes, tracer } from '../tracing';
import type { EventTransport, Subscription, TransportRecord } from '../transport/transport';
import type { Worker } from '../worker';
import type { ProcessedEventsTable } from './consumer-tables';
import type { DeadLetterStore } from './dead-letter-store';
import { isTransientFault } from './transient-fault';

export type EventHandler<Contract extends EventContract = EventContract> = (
  tx: Db,
  event: EventEnvelope<PayloadOf<Contract>>,
) => Promise<void>;

export interface HandlerRegistration {
  contract: EventContract;
  handle: EventHandler;
}

/** Pairs a contract with its handler, keeping the payload type. */
export function on<Contract extends EventContract>(
  contract: Contract,
  handle: EventHandler<Contract>,
): HandlerRegistration {
  return { contract, handle: handle as EventHandler };
}

export interface EventConsumerOptions {
  group: string;
  db: Db;
  handlers: readonly HandlerRegistration[];
  processed: ProcessedEventsTable;
  deadLetters: DeadLetterStore;
  logger: Logger;
  maxAttempts?: number;
  backoffMs?: number;
  /** The longest wait between two attempts at a transient failure, which is retried for as long as it lasts. */
  maxBackoffMs?: number;
}

export type ConsumerOutcome =
  | { status: 'applied' | 'duplicate' | 'ignored' }
  | { status: 'dead-lettered'; error: string };

class PoisonEvent extends Error {}

export interface EventConsumer {
  readonly group: string;
  readonly topics: readonly string[];
  /**
   * Applies one record as a transport delivers it; what keeps failing goes to the dead-letter store. Each of its
   * transactions runs `fence` first, which throws LeaseLostError once the caller's turn at the group is over.
   */
  process(record: TransportRecord, fence?: Fence): Promise<ConsumerOutcome>;
  /** Applies a dead letter again; it stays listed with its replay time once applied. Null for an unknown id. */
  replay(deadLetterId: string): Promise<ConsumerOutcome | null>;
  /** The background loop that feeds this consumer from a transport. */
  worker(transport: EventTransport): Worker;
  /** Forgets what the group applied and moves it to the start of its topics; the caller rebuilds its state. */
  reset(transport: EventTransport): Promise<void>;
}

/**
 * Applies events idempotently: the processed event id is stored in the same transaction as the handler's effects,
 * so a redelivered event changes nothing. A failing event is retried with exponential backoff, then parked as a dead
 * letter so that the stream goes on; an event that cannot be read or breaks its contract is parked at once.
 */
export function createEventConsumer(options: EventConsumerOptions): EventConsumer {
  const logger = options.logger.child({ worker: 'event-consumer', group: options.group });
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  // Aborted when the worker stops, so that a wait for a transient failure to pass ends with it.
  let stopping = new AbortController();
  const byName = new Map(
    options.handlers.map((handler) => [`${handler.contract.name}@${handler.contract.version}`, handler]),
  );
  const topics = [...new Set(options.handlers.map((handler) => topicOf(handler.contract)))];

  function read(record: TransportRecord): { envelope: EventEnvelope; registration: HandlerRegistration | undefined } {
    let json: unknown;
    try {
      json = JSON.parse(record.value);
    } catch {
      throw new PoisonEvent('the record is not JSON');
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success)
      throw new PoisonEvent(`the envelope is invalid: ${describeIssues(envelope.error).join('; ')}`);
    const registration = byName.get(`${envelope.data.name}@${envelope.data.version}`);
    const contract = registration?.contract ?? findContract(envelope.data.name, envelope.data.version);
    if (registration && contract) {
      const payload = contract.payload.safeParse(envelope.data.payload);
      if (!payload.success) {
        throw new PoisonEvent(
          `the payload breaks ${contract.name} v${contract.version}: ${describeIssues(payload.error).join('; ')}`,
        );
      }
      return { envelope: { ...envelope.data, payload: payload.data }, registration };
    }
    return { envelope: envelope.data as EventEnvelope, registration: undefined };
  }

  function applyOnce(
    envelope: EventEnvelope,
    registration: HandlerRegistration,
    fence: Fence | undefined,
  ): Promise<'applied' | 'duplicate'> {
    return options.db.transaction(async (tx) => {
      await fence?.(tx);
      const claimed = await tx
        .insert(options.processed)
        .values({ consumerGroup: options.group, eventId: envelope.id })
        .onConflictDoNothing()
        .returning();
      if (claimed.length === 0) return 'duplicate';
      await registration.handle(tx, envelope);
      return 'applied';
    });
  }

  type Failure = (eventName: string | null, error: string, attempts: number) => Promise<ConsumerOutcome>;

  async function apply(
    record: TransportRecord,
    fail: Failure,
    waitOutTransient: boolean,
    fence?: Fence,
  ): Promise<ConsumerOutcome> {
    let parsed: ReturnType<typeof read>;
    try {
      parsed = read(record);
    } catch (error) {
      if (error instanceof PoisonEvent) return fail(null, error.message, 1);
      throw error;
    }
    const { envelope, registration } = parsed;
    if (!registration) return { status: 'ignored' };
    // A child of the outbox write, so that the handler's work belongs to the trace of the change that caused it.
    return tracer().startActiveSpan(
      `process ${envelope.name}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          ...messagingAttributes('process', record.topic, envelope.id),
          'messaging.consumer.group.name': options.group,
        },
      },
      contextOfWrite(envelope.traceparent),
      async (span) => {
        try {
          const outcome = await applyWithRetries(envelope, registration, fail, span, waitOutTransient, fence);
          if (outcome.status === 'dead-lettered')
            span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
          return outcome;
        } finally {
          span.end();
        }
      },
    );
  }

  /**
   * A failure the database survives (deadlock, serialization failure, lock or statement timeout, lost connection) is
   * retried with capped backoff for as long as it lasts and never dead-lettered; the record is not let go meanwhile,
   * so the events behind it, of the same aggregate too, wait in order. A handler failure that will fail again counts
   * towards `maxAttempts`, then the event becomes a dead letter. A replay gives up on a transient failure at once.
   */
  async function applyWithRetries(
    envelope: EventEnvelope,
    registration: HandlerRegistration,
    fail: Failure,
    span: Span,
    waitOutTransient: boolean,
    fence: Fence | undefined,
  ): Promise<ConsumerOutcome> {
    let failures = 0;
    let transient = 0;
    for (;;) {
      try {
        return { status: await applyOnce(envelope, registration, fence) };
      } catch (error) {
        span.recordException(error as Error);
        // Not ours to apply any more: the member that took the group over applies it.
        if (error instanceof LeaseLostError) throw error;
        if (isTransientFault(error)) {
          if (!waitOutTransient || stopping.signal.aborted) throw error;
          transient += 1;
          logger.warn({ eventId: envelope.id, transient, err: error }, 'a transient failure; waiting it out');
          await sleep(Math.min(backoffMs * 2 ** Math.min(transient - 1, 20), maxBackoffMs), undefined, {
            signal: stopping.signal,
          }).catch(() => undefined);
          continue;
        }
        failures += 1;
        const message = (error as Error).message;
        if (failures >= maxAttempts) return fail(envelope.name, message, failures);
        logger.warn({ eventId: envelope.id, attempt: failures, err: error }, 'handling the event failed; retrying');
        await sleep(Math.min(backoffMs * 2 ** (failures - 1), maxBackoffMs));
      }
    }
  }

  function process(record: TransportRecord, fence?: Fence): Promise<ConsumerOutcome> {
    return apply(
      record,
      async (eventName, error, attempts) => {
        await options.deadLetters.park(record, eventName, error, attempts, fence);
        return { status: 'dead-lettered', error };
      },
      true,
      fence,
    );
  }

  return {
    group: options.group,
    topics,
    process,
    async replay(deadLetterId) {
      const letter = await options.deadLetters.find(deadLetterId);
      if (!letter) return null;
      const record = { topic: letter.topic, key: '', eventId: letter.eventId, value: letter.value };
      const outcome = await apply(record, async (_eventName, error) => ({ status: 'dead-lettered', error }), false);
      if (outcome.status === 'dead-lettered')
        await options.deadLetters.markFailedAgain(letter, outcome.error, maxAttempts);
      else await options.deadLetters.markReplayed(letter.id);
      return outcome;
    },
    worker(transport) {
      let subscription: Subscription | null = null;
      return {
        name: `consumer:${options.group}`,
        async start() {
          if (stopping.signal.aborted) stopping = new AbortController();
          subscription ??= await transport.subscribe({
            group: options.group,
            topics,
            handle: async (record, fence) => {
              await process(record, fence);
            },
          });
        },
        async stop() {
          stopping.abort();
          await subscription?.stop();
          subscription = null;
        },
        ready: () => subscription?.healthy() ?? false,
      };
    },
    async reset(transport) {
      await options.db.delete(options.processed).where(eq(options.processed.consumerGroup, options.group));
      await transport.resetGroup(options.group, topics);
    },
  };
}
