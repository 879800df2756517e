// Fails the build when the dashboard's JavaScript, gzipped, grows past its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 300 * 1024;
const assets = new URL('../dist/assets/', import.meta.url).pathname;
const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
const sizes = scripts.map((name) => ({ name, gzipped: gzipSync(readFileSync(join(assets, name))).length }));
const total = sizes.reduce((sum, entry) => sum + entry.gzipped, 0);
for (const entry of sizes) process.stdout.write(`${entry.name}: ${(entry.gzipped / 1024).toFixed(1)} KiB gzipped\n`);
process.stdout.write(
  `JavaScript in all: ${(total / 1024).toFixed(1)} KiB gzipped (budget ${budgetBytes / 1024} KiB)\n`,
);
if (scripts.length === 0 || total > budgetBytes) {
  process.stderr.write(scripts.length === 0 ? 'No JavaScript was built.\n' : 'Over the budget.\n');
  process.exit(1);
}
