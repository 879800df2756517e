import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeEventCatalogue, eventCatalogue } from './catalogue';
import { topicOf } from './contract';
import { validatePayload } from './envelope';

const topicsFile = fileURLToPath(new URL('../../../infra/kafka/topics.txt', import.meta.url));

describe('event catalogue', () => {
  it('names every event once per version', () => {
    const keys = eventCatalogue.map((contract) => `${contract.name}@${contract.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a Kafka topic definition under infra/ for every topic', () => {
    const defined = readFileSync(topicsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split(/\s+/)[0]);
    for (const contract of eventCatalogue) expect(defined).toContain(topicOf(contract));
  });

  it('has a valid example for every change event', () => {
    for (const contract of changeEventCatalogue) {
      expect(contract.name).toBe(`${contract.source}.${contract.entity}-changed`);
      expect(contract.example, contract.name).toBeDefined();
      expect(() => validatePayload(contract, contract.example)).not.toThrow();
    }
  });

  it('has change events from every service that owns data others read', () => {
    const sources = new Set(changeEventCatalogue.map((contract) => contract.source));
    for (const service of ['regions', 'people', 'conferences', 'learning', 'action-pool'] as const) {
      expect(sources, service).toContain(service);
    }
  });
});
