import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { widgetDistDirectory } from '../src/index';

/** The most the script may weigh gzipped: partner pages load it on every visit. */
const budgetBytes = 80 * 1024;

const script = readFileSync(`${widgetDistDirectory()}v1/mitmach.js`);
const gzipped = gzipSync(script, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`widget v1/mitmach.js: ${kb(script.length)}, ${kb(gzipped)} gzipped (budget ${kb(budgetBytes)})`);
if (gzipped > budgetBytes) {
  console.error(`the widget is ${kb(gzipped - budgetBytes)} over its budget`);
  process.exit(1);
}
