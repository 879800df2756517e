import { Kafka, type KafkaConfig, logLevel, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { Fence } from '../../lease/role-lease';
import type { EventTransport, SubscribeOptions, Subscription, TransportRecord } from '../transport';

export interface KafkaTransportOptions {
  brokers: readonly string[];
  clientId: string;
  ssl?: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  logger: Logger;
}

// Kafka fences the members of a group itself (a member of an older generation cannot commit offsets), and the processed
// ids absorb a record two members handled during a rebalance; there is no lease of ours to check.
const unfenced: Fence = async () => {};

function kafkaConfig(options: KafkaTransportOptions): KafkaConfig {
  return {
    clientId: options.clientId,
    brokers: [...options.brokers],
    ssl: options.ssl ?? false,
    ...(options.sasl ? { sasl: options.sasl as KafkaConfig['sasl'] } : {}),
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => options.logger.warn({ kafka: entry.log }, entry.log.message),
  };
}

/**
 * Kafka via kafkajs: one topic per aggregate type, the aggregate id as key (so one partition, in order, per
 * aggregate), an idempotent producer with one request in flight, one consumer group per consuming service. Offsets
 * are committed only after the handler resolved, i.e. after the effect is stored.
 */
export async function createKafkaTransport(options: KafkaTransportOptions): Promise<EventTransport> {
  const kafka = new Kafka(kafkaConfig(options));
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const subscriptions = new Set<Subscription>();

  return {
    kind: 'kafka',
    async publish(records: readonly TransportRecord[]) {
      if (records.length === 0) return;
      const topics = new Map<string, TransportRecord[]>();
      for (const record of records) topics.set(record.topic, [...(topics.get(record.topic) ?? []), record]);
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...topics].map(([topic, messages]) => ({
          topic,
          messages: messages.map((record) => ({
            key: record.key,
            value: record.value,
            headers: { 'event-id': record.eventId },
          })),
        })),
      });
    },
    async subscribe(subscription: SubscribeOptions): Promise<Subscription> {
      const consumer = kafka.consumer({ groupId: subscription.group });
      let running = true;
      // kafkajs restarts a crashed consumer on retriable errors; a crash it gives up on leaves the group unconsumed.
      consumer.on(consumer.events.CRASH, (event) => {
        if (!event.payload.restart) running = false;
      });
      await consumer.connect();
      await consumer.subscribe({ topics: [...subscription.topics], fromBeginning: true });
      await consumer.run({
        autoCommit: true,
        eachMessage: async ({ topic, message }) => {
          await subscription.handle(
            {
              topic,
              key: message.key?.toString() ?? '',
              eventId: message.headers?.['event-id']?.toString() ?? '',
              value: message.value?.toString() ?? '',
            },
            unfenced,
          );
        },
      });
      const handle: Subscription = {
        async stop() {
          running = false;
          await consumer.disconnect();
          subscriptions.delete(handle);
        },
        healthy: () => running,
      };
      subscriptions.add(handle);
      return handle;
    },
    async resetGroup(group: string, topics: readonly string[]) {
      const admin = kafka.admin();
      await admin.connect();
      try {
        for (const topic of topics) await admin.resetOffsets({ groupId: group, topic, earliest: true });
      } finally {
        await admin.disconnect();
      }
    },
    // A topic with delete cleanup drops records by age only; the short retention of person-keyed topics removes them.
    forgetKey: () => Promise.resolve(0),
    async lag(group: string, topics: readonly string[]) {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const committed = await admin.fetchOffsets({ groupId: group, topics: [...topics] });
        let behind = 0;
        for (const { topic, partitions } of committed) {
          const ends = await admin.fetchTopicOffsets(topic);
          for (const end of ends) {
            const offset = Number(partitions.find((partition) => partition.partition === end.partition)?.offset ?? -1);
            // -1: the group has committed nothing yet and starts from the earliest record still kept.
            behind += Number(end.high) - (offset < 0 ? Number(end.low) : offset);
          }
        }
        return behind;
      } finally {
        await admin.disconnect();
      }
    },
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      await producer.disconnect();
    },
  };
}
