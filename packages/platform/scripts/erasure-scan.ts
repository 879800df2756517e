import { connectPostgres } from '@mitmach/db';
import { scanDatabase } from '../src/erasure/scan-database';

// `npm run erasure:scan -- <person id> [name, e-mail or phone ...]`: reads every row of every table in the database
// of DATABASE_URL (the distributed platform's, by default) and lists those that still name an erased person. Exits
// with 1 when any does beyond the records of erased ids.
const [personId, ...texts] = process.argv.slice(2);
if (!personId) {
  process.stderr.write('usage: npm run erasure:scan -- <person id> [name, e-mail or phone ...]\n');
  process.exit(2);
}
const connection = connectPostgres({
  url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  applicationName: 'erasure-scan',
});
try {
  const hits = await scanDatabase(connection.drizzle(), [personId, ...texts]);
  for (const hit of hits) process.stdout.write(`FOUND\t${hit.table}\t${hit.needle}\t${hit.row.slice(0, 160)}\n`);
  process.stdout.write(`${hits.length} row(s) outside the records of erased ids still name the person.\n`);
  process.exitCode = hits.length > 0 ? 1 : 0;
} finally {
  await connection.close();
}
