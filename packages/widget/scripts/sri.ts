import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { widgetDistDirectory, widgetVersion } from '../src/index';

/**
 * Writes the script tag of the built widget, with its subresource-integrity hash, into the README between the
 * widget-script markers; with --check, fails when the README's hash is not that of the script the build produces.
 */
const readme = new URL('../../../README.md', import.meta.url);
const start = '<!-- widget-script:start (npm run -s widget:sri writes this) -->';
const end = '<!-- widget-script:end -->';

const script = readFileSync(`${widgetDistDirectory()}${widgetVersion}/mitmach.js`);
const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
const block = `${start}
\`\`\`html
<script src="https://api.mitmach-regionen.example/widget/${widgetVersion}/mitmach.js"
  integrity="${integrity}" crossorigin="anonymous"></script>
\`\`\`
${end}`;

const text = readFileSync(readme, 'utf8');
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
const updated = `${text.slice(0, from)}${block}${text.slice(to + end.length)}`;
if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error(
      `README.md names another integrity hash than the widget's script (${integrity}); run npm run -s widget:sri`,
    );
    process.exit(1);
  }
  console.log(`README.md names the widget's integrity hash ${integrity}`);
} else {
  writeFileSync(readme, updated);
  console.log(`README.md: ${integrity}`);
}
