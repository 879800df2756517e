import { changeEventCatalogue, type EventTransport, type Subscription, topicOf } from '@mitmach/events';
import type { Logger } from 'pino';
import type { ResponseCacheStore } from './store';
import { typeNameOf } from './tags';

interface ChangePayload {
  key: { id: string };
  kind: string;
  public: boolean;
}

/**
 * The tags a change drops: the answers holding the entity, those that read its type without ids, and, when one is
 * created or its place in lists may have changed (status, withdrawal, deletion, leaving the public view), every
 * answer that selects its type.
 */
export function tagsOfChange(entity: string, payload: ChangePayload): string[] {
  const type = typeNameOf(entity);
  const tags = [`id:${payload.key.id.toLowerCase()}`, `untracked:${type}`];
  if (payload.kind !== 'updated' || !payload.public) tags.push(`type:${type}`);
  return tags;
}

/**
 * Follows every change event on the transport and drops the cached answers it concerns. One consumer group for all
 * replicas: the store they share (Redis) drops an answer for every one of them; a store in memory has one gateway.
 */
export function followChanges(
  transport: EventTransport,
  store: ResponseCacheStore,
  logger: Logger,
): Promise<Subscription> {
  const entityOfTopic = new Map(changeEventCatalogue.map((contract) => [topicOf(contract), contract.aggregateType]));
  const changeEvents = new Set(changeEventCatalogue.map((contract) => contract.name));
  return transport.subscribe({
    group: 'gateway-response-cache',
    topics: [...entityOfTopic.keys()],
    async handle(record) {
      const entity = entityOfTopic.get(record.topic);
      const envelope = JSON.parse(record.value) as { name?: string; payload?: ChangePayload };
      if (!entity || !changeEvents.has(envelope.name ?? '') || !envelope.payload?.key?.id) return;
      const dropped = await store.invalidate(tagsOfChange(entity, envelope.payload));
      if (dropped > 0) logger.debug({ event: envelope.name, dropped }, 'cached answers dropped');
    },
  });
}
