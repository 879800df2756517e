import {
  type EventContract,
  type EventEnvelope,
  type PayloadOf,
  type TransportRecord,
  topicOf,
  uuidV7,
  validatePayload,
} from '@mitmach/events';

/** One event as a producing service would have written it, for tests and the benchmark. */
export interface TestEvent {
  contract: EventContract;
  envelope: EventEnvelope;
}

export function testEvent<Contract extends EventContract>(
  contract: Contract,
  aggregateId: string,
  payload: PayloadOf<Contract>,
  occurredAt: string,
): TestEvent {
  return {
    contract,
    envelope: {
      id: uuidV7(),
      name: contract.name,
      version: contract.version,
      aggregateType: contract.aggregateType,
      aggregateId,
      occurredAt: new Date(occurredAt).toISOString(),
      source: contract.source,
      traceparent: null,
      payload: validatePayload(contract, payload),
    },
  };
}

/** The record a transport delivers for an event. */
export function recordOf(event: TestEvent): TransportRecord {
  return {
    topic: topicOf(event.contract),
    key: event.envelope.aggregateId,
    eventId: event.envelope.id,
    value: JSON.stringify(event.envelope),
  };
}

/** The same fact published again under a new event id, as a producer retrying a write might. */
export function republished(event: TestEvent): TestEvent {
  return { ...event, envelope: { ...event.envelope, id: uuidV7() } };
}

/**
 * The events interleaved differently: each aggregate's events stay in order (every transport keeps that), but the
 * aggregates come in reverse, so adoptions arrive before their regions and actions, and registrations before their
 * conference was held.
 */
export function aggregatesReversed(events: readonly TestEvent[]): TestEvent[] {
  const streams = new Map<string, TestEvent[]>();
  for (const event of events) {
    const key = `${event.envelope.aggregateType}:${event.envelope.aggregateId}`;
    streams.set(key, [...(streams.get(key) ?? []), event]);
  }
  return [...streams.values()].reverse().flat();
}
