import { z } from 'zod';
import { eventCatalogue } from './catalogue';
import { type EventContract, topicOf } from './contract';

function consumersOf(contract: EventContract): string {
  return contract.consumers.length > 0 ? contract.consumers.join(', ') : '—';
}

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
    'Change events (`<service>.<entity>-changed`) share one payload shape and are written by every mutation of an',
    "entity that anyone outside its service may read, in the mutation's transaction: `key` (the entity's ids), `kind`",
    '(`created`, `updated`, `status_changed`, `withdrawn` from public view, `deleted`), `changedFields` (names only),',
    '`public` (whether anonymous callers may see the entity after the change) and `version` (raised by every change, so',
    'a consumer drops an event whose version is not above the one it holds). They carry ids and field names only, never',
    'personal data. A mutation that changes nothing writes none and keeps the version. `readChanges` follows a change',
    'log fed by them in commit order (see README.md).',
    '',
    '| event | version | topic | producer | consumers |',
    '|---|---|---|---|---|',
    ...eventCatalogue.map(
      (contract) =>
        `| [${contract.name}](#${contract.name.replace(/[^a-z0-9-]/g, '')}) | ${contract.version} | \`${topicOf(contract)}\` | ${contract.source} | ${consumersOf(contract)} |`,
    ),
    '',
  ];
  for (const contract of eventCatalogue) {
    lines.push(
      `## ${contract.name}`,
      '',
      contract.description,
      '',
      `Version ${contract.version}, aggregate \`${contract.aggregateType}\`, topic \`${topicOf(contract)}\`, produced by ${contract.source}, consumed by ${consumersOf(contract)}.`,
      '',
      ...(contract.example === undefined
        ? []
        : ['Example payload:', '', '```json', JSON.stringify(contract.example, null, 2), '```', '']),
      'Payload schema:',
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(contract.payload), null, 2),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
