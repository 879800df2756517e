// Writes docker-compose.yml, infra/kafka/topics.txt and the README's table of Kafka topics from the service registry
// and the event catalogue; with --check, fails when a committed file differs from what the registry and catalogue say.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from '@mitmach/events';
import { repositoryRoot, services } from '@mitmach/registry';
import { composeFile } from '../src/compose-file';
import { replaceBlock } from '../src/replace-block';
import { topicsFile, topicsTable } from '../src/topics-file';

const readme = join(repositoryRoot, 'README.md');
const files = [
  { path: join(repositoryRoot, 'docker-compose.yml'), content: composeFile(services) },
  { path: join(repositoryRoot, 'infra/kafka/topics.txt'), content: topicsFile(eventCatalogue) },
  { path: readme, content: replaceBlock(readFileSync(readme, 'utf8'), 'kafka-topics', topicsTable(eventCatalogue)) },
];

if (process.argv.includes('--check')) {
  const stale = files.filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.content);
  for (const file of stale) {
    process.stderr.write(`${file.path} is out of date: run \`npm run codegen\` and commit the result.\n`);
  }
  if (stale.length > 0) process.exit(1);
  process.stdout.write('docker-compose.yml, topics.txt and the README match the registry and the event catalogue\n');
} else {
  for (const file of files) writeFileSync(file.path, file.content);
  process.stdout.write(`wrote ${files.map((file) => file.path).join(', ')}\n`);
}
