import type { Db } from '@mitmach/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { fieldsOfAction, sdgs } from '../../db/schema';

export function listFieldsOfAction(db: Db, includeRetired: boolean) {
  return db
    .select()
    .from(fieldsOfAction)
    .where(includeRetired ? undefined : eq(fieldsOfAction.retired, false))
    .orderBy(asc(fieldsOfAction.retired), asc(fieldsOfAction.position));
}

export function fieldsOfActionBySlugs(db: Db, slugs: readonly string[]) {
  return db
    .select()
    .from(fieldsOfAction)
    .where(inArray(fieldsOfAction.slug, [...slugs]));
}

export async function currentFieldSlugs(db: Db): Promise<Set<string>> {
  const rows = await db
    .select({ slug: fieldsOfAction.slug })
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.retired, false));
  return new Set(rows.map((row) => row.slug));
}

export function listSdgs(db: Db) {
  return db.select().from(sdgs).orderBy(asc(sdgs.number));
}

export function sdgsByNumbers(db: Db, numbers: readonly number[]) {
  return db
    .select()
    .from(sdgs)
    .where(inArray(sdgs.number, [...numbers]));
}
