import { z } from 'zod';
import { eventCatalogue } from './catalogue';
import { topicOf } from './contract';

/** The event catalogue as markdown: every event, its topic, producer, consumers and payload schema. */
export function renderCatalogue(): string {
  const lines = [
    '# Event catalogue',
    '',
    'Generated from `src/contracts/` by `pnpm --filter @mitmach/events catalogue`; do not edit by hand.',
    '',
    'Every event travels in an envelope: `id` (UUIDv7, time-ordered), `name`, `version`, `aggregateType`,',
    '`aggregateId` (the partition key), `occurredAt`, `source`, `traceparent` and `payload`. Payloads are validated',
    'against the schemas below when written to the outbox and again when read by a consumer.',
    '',
    '| event | version | topic | producer | consumers |',
    '|---|---|---|---|---|',
    ...eventCatalogue.map(
      (contract) =>
        `| [${contract.name}](#${contract.name.replace(/[^a-z0-9-]/g, '')}) | ${contract.version} | \`${topicOf(contract)}\` | ${contract.source} | ${contract.consumers.join(', ')} |`,
    ),
    '',
  ];
  for (const contract of eventCatalogue) {
    lines.push(
      `## ${contract.name}`,
      '',
      contract.description,
      '',
      `Version ${contract.version}, aggregate \`${contract.aggregateType}\`, topic \`${topicOf(contract)}\`, produced by ${contract.source}, consumed by ${contract.consumers.join(', ')}.`,
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(contract.payload), null, 2),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
