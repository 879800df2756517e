import { type EventContract, type ServiceName, topicOf } from './contract';

/** Consumers whose read model is rebuilt by replaying their topics from the start (`npm run rebuild:statistics`). */
export const rebuiltByReplay: readonly ServiceName[] = ['statistics'];

/**
 * How long a topic outside the rebuild keeps a record: long enough for any consumer that was down, or is redelivering,
 * to catch up, and for staff to replay a dead letter from the source when needed.
 */
export const finiteRetentionMs = 14 * 24 * 3_600_000;

export interface TopicRetention {
  topic: string;
  /** Kafka's `retention.ms`; -1 keeps every record for good. */
  retentionMs: number;
  /** The consumers that replay the topic to rebuild their read model; empty when none does. */
  replayedBy: readonly ServiceName[];
}

/** The retention of every topic of the catalogue: kept for good where a rebuild replays it, for a while otherwise. */
export function topicRetentions(catalogue: readonly EventContract[]): TopicRetention[] {
  const byTopic = new Map<string, Set<ServiceName>>();
  for (const contract of catalogue) {
    const consumers = byTopic.get(topicOf(contract)) ?? new Set<ServiceName>();
    for (const consumer of contract.consumers) consumers.add(consumer);
    byTopic.set(topicOf(contract), consumers);
  }
  return [...byTopic].map(([topic, consumers]) => {
    const replayedBy = [...consumers].filter((consumer) => rebuiltByReplay.includes(consumer));
    return { topic, retentionMs: replayedBy.length > 0 ? -1 : finiteRetentionMs, replayedBy };
  });
}
