import { type EventContract, type EventTransport, type PayloadOf, topicOf, uuidV7 } from '@mitmach/events';

/** Puts one event on the backbone as a producing service's relay would, and returns its id. */
export async function publishEvent<Contract extends EventContract>(
  transport: EventTransport,
  contract: Contract,
  aggregateId: string,
  payload: PayloadOf<Contract>,
): Promise<string> {
  const id = uuidV7();
  const envelope = {
    id,
    name: contract.name,
    version: contract.version,
    aggregateType: contract.aggregateType,
    aggregateId,
    occurredAt: new Date().toISOString(),
    source: contract.source,
    traceparent: null,
    payload: contract.payload.parse(payload),
  };
  await transport.publish([
    { topic: topicOf(contract), key: aggregateId, eventId: id, value: JSON.stringify(envelope) },
  ]);
  return id;
}
