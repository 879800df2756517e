import type { SQL } from 'drizzle-orm';
import type { Db } from './database';

/** Runs raw SQL and returns its rows; postgres.js and PGlite shape their results differently. */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
