import { type EventContract, type ServiceName, topicOf } from './contract';

/** Consumers whose read model is rebuilt by replaying their topics from the start (`npm run rebuild:statistics`). */
export const rebuiltByReplay: readonly ServiceName[] = ['statistics'];

/**
 * How long a topic outside the rebuild keeps a record: long enough for any consumer that was down, or is redelivering,
 * to catch up, and for staff to replay a dead letter from the source when needed.
 */
export const finiteRetentionMs = 14 * 24 * 3_600_000;

/**
 * How long a topic keyed by a person keeps a record: the events about a person entity name them by id in clear, and
 * the Postgres event log forgets them once an erasure is applied everywhere; Kafka cannot delete single records, so
 * its copy goes after a day, which outlasts a consumer restart but not the legal deadline of an erasure.
 */
export const personKeyedRetentionMs = 24 * 3_600_000;

/** The aggregate types whose events are keyed by a person id. */
const personKeyed = new Set(['person']);

export interface TopicRetention {
  topic: string;
  /** Kafka's `retention.ms`; -1 keeps every record for good. */
  retentionMs: number;
  /** The consumers that replay the topic to rebuild their read model; empty when none does. */
  replayedBy: readonly ServiceName[];
  /** Whether its records are keyed by a person id, and so kept only briefly. */
  personKeyed: boolean;
}

/** The retention of every topic of the catalogue: kept for good where a rebuild replays it, for a while otherwise. */
export function topicRetentions(catalogue: readonly EventContract[]): TopicRetention[] {
  const byTopic = new Map<string, { consumers: Set<ServiceName>; personKeyed: boolean }>();
  for (const contract of catalogue) {
    const entry = byTopic.get(topicOf(contract)) ?? { consumers: new Set<ServiceName>(), personKeyed: false };
    for (const consumer of contract.consumers) entry.consumers.add(consumer);
    entry.personKeyed ||= personKeyed.has(contract.aggregateType);
    byTopic.set(topicOf(contract), entry);
  }
  return [...byTopic].map(([topic, { consumers, personKeyed }]) => {
    const replayedBy = [...consumers].filter((consumer) => rebuiltByReplay.includes(consumer));
    if (personKeyed && replayedBy.length > 0) {
      throw new Error(`${topic} is keyed by a person and cannot be kept for the rebuild of ${replayedBy.join(', ')}`);
    }
    const retentionMs = personKeyed ? personKeyedRetentionMs : replayedBy.length > 0 ? -1 : finiteRetentionMs;
    return { topic, retentionMs, replayedBy, personKeyed };
  });
}
