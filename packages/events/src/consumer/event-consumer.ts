import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@mitmach/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import { findContract } from '../catalogue';
import { type EventContract, type PayloadOf, topicOf } from '../contract';
import { describeIssues, type EventEnvelope, envelopeSchema } from '../envelope';
import type { EventTransport, Subscription, TransportRecord } from '../transport/transport';
import type { Worker } from '../worker';
import type { DeadLetterRow, DeadLettersTable, ProcessedEventsTable } from './consumer-tables';

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
  /** Null for an instance that only lists and replays dead letters, as a service's API does. */
  transport: EventTransport | null;
  handlers: readonly HandlerRegistration[];
  processed: ProcessedEventsTable;
  deadLetters: DeadLettersTable;
  logger: Logger;
  maxAttempts?: number;
  backoffMs?: number;
}

type Outcome = { status: 'applied' | 'duplicate' | 'ignored' } | { status: 'dead-lettered'; error: string };

class PoisonEvent extends Error {}

export interface EventConsumer extends Worker {
  /** Applies one record as the transport would deliver it. */
  process(record: TransportRecord): Promise<Outcome>;
  listDeadLetters(options?: { includeReplayed?: boolean }): Promise<DeadLetterRow[]>;
  /** Applies a dead letter again; it stays listed with its replay time once applied. */
  replayDeadLetter(id: string): Promise<Outcome | null>;
  /** Forgets what the group applied and moves it to the start of its topics; the caller rebuilds its state. */
  reset(): Promise<void>;
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
  const byName = new Map(
    options.handlers.map((handler) => [`${handler.contract.name}@${handler.contract.version}`, handler]),
  );
  const topics = [...new Set(options.handlers.map((handler) => topicOf(handler.contract)))];
  let subscription: Subscription | null = null;

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

  async function applyOnce(
    envelope: EventEnvelope,
    registration: HandlerRegistration,
  ): Promise<'applied' | 'duplicate'> {
    return options.db.transaction(async (tx) => {
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

  async function park(
    record: TransportRecord,
    eventName: string | null,
    error: string,
    attempts: number,
  ): Promise<Outcome> {
    await options.db.insert(options.deadLetters).values({
      consumerGroup: options.group,
      eventId: record.eventId,
      eventName,
      topic: record.topic,
      value: record.value,
      error,
      attempts,
    });
    logger.error({ eventId: record.eventId, eventName, error, attempts }, 'event parked as dead letter');
    return { status: 'dead-lettered', error };
  }

  async function process(record: TransportRecord, parkFailures = true): Promise<Outcome> {
    const fail = (eventName: string | null, error: string, attempts: number): Promise<Outcome> =>
      parkFailures ? park(record, eventName, error, attempts) : Promise.resolve({ status: 'dead-lettered', error });
    let parsed: ReturnType<typeof read>;
    try {
      parsed = read(record);
    } catch (error) {
      if (error instanceof PoisonEvent) return fail(null, error.message, 1);
      throw error;
    }
    const { envelope, registration } = parsed;
    if (!registration) return { status: 'ignored' };
    for (let attempt = 1; ; attempt += 1) {
      try {
        return { status: await applyOnce(envelope, registration) };
      } catch (error) {
        const message = (error as Error).message;
        if (attempt >= maxAttempts) return fail(envelope.name, message, attempt);
        logger.warn({ eventId: envelope.id, attempt, err: error }, 'handling the event failed; retrying');
        await sleep(backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    process,
    async start() {
      if (!options.transport) throw new Error(`consumer ${options.group} has no transport to read from`);
      subscription ??= await options.transport.subscribe({
        group: options.group,
        topics,
        handle: async (record) => {
          await process(record);
        },
      });
    },
    async stop() {
      await subscription?.stop();
      subscription = null;
    },
    ready: () => subscription !== null,
    listDeadLetters({ includeReplayed = false } = {}) {
      return options.db
        .select()
        .from(options.deadLetters)
        .where(
          includeReplayed
            ? eq(options.deadLetters.consumerGroup, options.group)
            : and(eq(options.deadLetters.consumerGroup, options.group), isNull(options.deadLetters.replayedAt)),
        )
        .orderBy(desc(options.deadLetters.failedAt));
    },
    async replayDeadLetter(id: string) {
      const [letter] = await options.db
        .select()
        .from(options.deadLetters)
        .where(and(eq(options.deadLetters.id, id), eq(options.deadLetters.consumerGroup, options.group)));
      if (!letter) return null;
      const record = { topic: letter.topic, key: '', eventId: letter.eventId, value: letter.value };
      const outcome = await process(record, false);
      // A letter that fails again stays one letter, with the newest error.
      await options.db
        .update(options.deadLetters)
        .set(
          outcome.status === 'dead-lettered'
            ? { error: outcome.error, attempts: letter.attempts + maxAttempts, failedAt: new Date() }
            : { replayedAt: new Date() },
        )
        .where(eq(options.deadLetters.id, letter.id));
      return outcome;
    },
    async reset() {
      if (!options.transport) throw new Error(`consumer ${options.group} has no transport to reset`);
      await options.db.delete(options.processed).where(eq(options.processed.consumerGroup, options.group));
      await options.transport.resetGroup(options.group, topics);
    },
  };
}
