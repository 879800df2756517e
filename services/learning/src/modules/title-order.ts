import { asc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Alphabetical regardless of case, whatever collation the database was created with. */
export function byTitle(title: PgColumn): SQL {
  return asc(sql`lower(${title})`);
}
