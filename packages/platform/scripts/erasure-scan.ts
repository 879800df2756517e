import { parseCommandLineOrExit } from '@mitmach/config';
import { connectPostgres } from '@mitmach/db';
import { namesakesHits, scanDatabase } from '../src/erasure/scan-database';

// `npm run erasure:scan -- <person id> [name, e-mail or phone ...]`: reads every row of every table in the database
// of DATABASE_URL (the distributed platform's, by default) and lists those that still name an erased person. Exits
// with 1 when any does beyond the records of erased ids. Rows of people who share a text with them (a namesake's
// record, say) are listed apart and do not count.
const usage = 'usage: npm run erasure:scan -- <person id> [name, e-mail or phone ...]';
const { positionals } = parseCommandLineOrExit({ options: {}, allowPositionals: true }, usage);
const [personId, ...texts] = positionals;
// A mistyped id names no one, and a scan for no one would report the person erased.
if (!personId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(personId)) {
  process.stderr.write(`the person id must be a UUID, got "${personId ?? ''}"\n${usage}\n`);
  process.exit(2);
}
const emptyText = texts.findIndex((text) => text.trim().length < 3);
if (emptyText >= 0) {
  process.stderr.write(`each text must have at least 3 characters, got "${texts[emptyText]}"\n${usage}\n`);
  process.exit(2);
}
const connection = connectPostgres({
  url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  applicationName: 'erasure-scan',
});
try {
  const db = connection.drizzle();
  const found = await scanDatabase(db, [personId, ...texts]);
  const others = new Set(await namesakesHits(db, found, personId));
  for (const hit of others) process.stdout.write(`OTHER\t${hit.table}\t${hit.needle}\t${hit.row.slice(0, 160)}\n`);
  const hits = found.filter((hit) => !others.has(hit));
  for (const hit of hits) process.stdout.write(`FOUND\t${hit.table}\t${hit.needle}\t${hit.row.slice(0, 160)}\n`);
  if (others.size > 0) process.stdout.write(`${others.size} row(s) name someone else with the same text.\n`);
  process.stdout.write(`${hits.length} row(s) outside the records of erased ids still name the person.\n`);
  process.exitCode = hits.length > 0 ? 1 : 0;
} finally {
  await connection.close();
}
