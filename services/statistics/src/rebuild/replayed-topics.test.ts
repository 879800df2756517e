import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { topicOf } from '@mitmach/events';
import { describe, expect, it } from 'vitest';
import { statisticsHandlers } from '../events/statistics-handlers';

const topicsFile = fileURLToPath(new URL('../../../../infra/kafka/topics.txt', import.meta.url));

/** The `retention.ms` of each topic in infra/kafka/topics.txt. */
function retentionByTopic(): Map<string, string | undefined> {
  return new Map(
    readFileSync(topicsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => {
        const [topic = '', , ...configs] = line.trim().split(/\s+/);
        const retention = configs.find((config) => config.startsWith('retention.ms='));
        return [topic, retention?.slice('retention.ms='.length)];
      }),
  );
}

describe('the topics a rebuild replays', () => {
  it('are kept on Kafka without time limit, every one the statistics consumer reads', () => {
    const retention = retentionByTopic();
    const replayed = [...new Set(statisticsHandlers.map((handler) => topicOf(handler.contract)))];
    expect(replayed.length).toBeGreaterThan(0);
    for (const topic of replayed) expect(retention.get(topic), topic).toBe('-1');
  });
});
