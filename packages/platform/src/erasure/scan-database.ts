import { type Db, selectRows } from '@mitmach/db';
import { sql } from 'drizzle-orm';

export interface ScanHit {
  table: string;
  needle: string;
  row: string;
}

/** The one kind of table allowed to name an erased person: the record that they were erased. */
const erasedIdRecords = new Set(['erased_person_ids']);

/**
 * Reads every row of every table in every schema of the database (outboxes, the event log, processed events and
 * dead letters included) as text and reports each row that contains one of the needles, case-insensitively.
 */
export async function scanDatabase(db: Db, needles: readonly string[]): Promise<ScanHit[]> {
  const tables = await selectRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
  );
  const hits: ScanHit[] = [];
  for (const { schema, name } of tables) {
    if (erasedIdRecords.has(name)) continue;
    const table = sql.raw(`"${schema}"."${name}"`);
    for (const needle of needles) {
      const rows = await selectRows<{ row: string }>(
        db,
        sql`select t::text as row from ${table} t where strpos(lower(t::text), lower(${needle})) > 0 limit 50`,
      );
      for (const { row } of rows) hits.push({ table: `${schema}.${name}`, needle, row: row.slice(0, 400) });
    }
  }
  return hits;
}

/**
 * Hits that belong to someone else who shares a text with the erased person (a namesake, most often): rows that name,
 * by id or e-mail, a person still in `people.persons` whose own row holds the same text. The erased person has no row
 * there any more, so every such person is another one.
 */
export async function namesakesHits(db: Db, hits: readonly ScanHit[], personId: string): Promise<ScanHit[]> {
  const [persons] = await selectRows<{ exists: boolean }>(
    db,
    sql`select to_regclass('people.persons') is not null as exists`,
  );
  if (!persons?.exists) return [];
  const marksOf = new Map<string, string[]>();
  for (const needle of new Set(hits.map((hit) => hit.needle))) {
    if (needle === personId) continue;
    const others = await selectRows<{ id: string; email: string | null }>(
      db,
      sql`select id::text as id, email from people.persons p
          where strpos(lower(p::text), lower(${needle})) > 0 and id::text <> ${personId}`,
    );
    marksOf.set(
      needle,
      others.flatMap((other) => [other.id, ...(other.email ? [other.email.toLowerCase()] : [])]),
    );
  }
  return hits.filter((hit) => {
    const row = hit.row.toLowerCase();
    return (marksOf.get(hit.needle) ?? []).some((mark) => row.includes(mark));
  });
}
