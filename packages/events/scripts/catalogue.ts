// Writes packages/events/CATALOGUE.md from the contracts; with --check, fails when the committed file differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCatalogue } from '../src/catalogue-markdown';

const target = fileURLToPath(new URL('../CATALOGUE.md', import.meta.url));
const rendered = renderCatalogue();
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== rendered) {
    process.stderr.write('packages/events/CATALOGUE.md is out of date: run `npm run codegen`.\n');
    process.exit(1);
  }
  process.stdout.write('event catalogue matches the contracts\n');
} else {
  writeFileSync(target, rendered);
  process.stdout.write(`wrote ${target}\n`);
}
