import { type EventContract, finiteRetentionMs, personKeyedRetentionMs, topicRetentions } from '@mitmach/events';

const partitions = 6;

/**
 * infra/kafka/topics.txt: one `name partitions retention.ms=<ms>` line per topic that an event of the catalogue
 * travels on; -1 keeps a topic's records for good.
 */
export function topicsFile(catalogue: readonly EventContract[]): string {
  return [
    '# Generated from the event catalogue (packages/events) by `npm run codegen`; do not edit.',
    '# Kafka topics of the distributed topology: "name partitions config=value…" per line. Events are keyed by aggregate',
    '# id, so the partition count bounds consumer parallelism; raising it later reshuffles keys and breaks per-aggregate',
    '# order. Topics a read model is rebuilt from are kept for good (retention.ms=-1), the others',
    `# ${finiteRetentionMs / 86_400_000} days, topics keyed by a person id ${personKeyedRetentionMs / 3_600_000} hours; see "Kafka topics" in the README.`,
    ...topicRetentions(catalogue).map(({ topic, retentionMs }) => `${topic} ${partitions} retention.ms=${retentionMs}`),
    '',
  ].join('\n');
}

const days = (ms: number) => (ms < 2 * 86_400_000 ? `${ms / 3_600_000} hours` : `${ms / 86_400_000} days`);

/** The README's table of what each topic keeps and why, between its `kafka-topics` markers. */
export function topicsTable(catalogue: readonly EventContract[]): string {
  const rows = topicRetentions(catalogue).map(({ topic, retentionMs, replayedBy, personKeyed }) => [
    `\`${topic}\``,
    retentionMs < 0 ? 'every record, for good' : days(retentionMs),
    personKeyed
      ? 'keyed by a person id in clear; an erasure cannot delete single records in Kafka'
      : replayedBy.length > 0
        ? `rebuilding ${replayedBy.join(', ')} replays it from the start`
        : 'read as it arrives; outlasts a consumer that is down or redelivering',
  ]);
  const header = ['topic', 'keeps', 'why'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
