import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { asc, count, inArray } from 'drizzle-orm';
import { type PartnerApiKeyRow, partnerApiKeys } from '../../db/schema';

export async function listPartnerApiKeys(
  db: Db,
  page: Page,
): Promise<{ rows: PartnerApiKeyRow[]; totalCount: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(partnerApiKeys)
      .orderBy(asc(partnerApiKeys.name), asc(partnerApiKeys.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(partnerApiKeys),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function partnerApiKeysByIds(db: Db, ids: readonly string[]): Promise<PartnerApiKeyRow[]> {
  return db
    .select()
    .from(partnerApiKeys)
    .where(inArray(partnerApiKeys.id, [...ids]));
}
