import { connectPostgres } from '@mitmach/db';
import { isAboutPersonEntity, scanDatabase } from '../src/erasure/scan-database';

// `npm run erasure:scan -- <person id> [name, e-mail or phone ...]`: reads every row of every table in the database
// of DATABASE_URL (the distributed platform's, by default) and lists those that still name an erased person. Exits
// with 1 when any does beyond the erased-ids records and the emptied person entity.
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
  const remaining = hits.filter((hit) => !isAboutPersonEntity(hit));
  for (const hit of hits) {
    const verdict = remaining.includes(hit) ? 'FOUND' : 'entity';
    process.stdout.write(`${verdict}\t${hit.table}\t${hit.needle}\t${hit.row.slice(0, 160)}\n`);
  }
  process.stdout.write(
    `${remaining.length} row(s) still name the person; ${hits.length - remaining.length} about the emptied person entity.\n`,
  );
  process.exitCode = remaining.length > 0 ? 1 : 0;
} finally {
  await connection.close();
}
