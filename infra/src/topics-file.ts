import { type EventContract, topicOf } from '@mitmach/events';

const partitions = 6;

/** infra/kafka/topics.txt: one `name partitions` line per topic that an event of the catalogue travels on. */
export function topicsFile(catalogue: readonly EventContract[]): string {
  const topics = [...new Set(catalogue.map((contract) => topicOf(contract)))];
  return [
    '# Generated from the event catalogue (packages/events) by `npm run codegen`; do not edit.',
    '# Kafka topics of the distributed topology: one "name partitions" pair per line. Events are keyed by aggregate id,',
    '# so the partition count bounds consumer parallelism; raising it later reshuffles keys and breaks per-aggregate order.',
    ...topics.map((topic) => `${topic} ${partitions}`),
    '',
  ].join('\n');
}
