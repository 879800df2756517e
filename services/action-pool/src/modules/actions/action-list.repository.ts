import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, arrayOverlaps, count, inArray, type SQL, sql } from 'drizzle-orm';
import { type ActionRow, type ActionStatus, actionColumns, actions, adoptions } from '../../db/schema';
import type { ActionVisibility } from './action-visibility';
import { newestFirst, visibleActions } from './actions.repository';

export interface ActionListFilter {
  search: string | null;
  fieldsOfAction: readonly string[];
  sdgs: readonly number[];
  countries: readonly string[];
  originRegionIds: readonly string[];
  statuses: readonly ActionStatus[];
}

export type ActionOrder = 'relevance' | 'newest' | 'most_adopted';

// The stored, weighted tsvector (title A, summary B, description C) is matched with the GIN index and ranked by
// ts_rank, so a hit in the title outranks one in the description. websearch_to_tsquery never rejects user input.
const searchQuery = (search: string) => sql`websearch_to_tsquery('german', ${search})`;

function whereOf(filter: ActionListFilter, visibility: ActionVisibility): SQL | undefined {
  const conditions: (SQL | undefined)[] = [inArray(actions.status, [...filter.statuses]), visibleActions(visibility)];
  if (filter.search !== null) conditions.push(sql`${actions.searchVector} @@ ${searchQuery(filter.search)}`);
  if (filter.fieldsOfAction.length > 0) conditions.push(arrayOverlaps(actions.fieldSlugs, [...filter.fieldsOfAction]));
  if (filter.sdgs.length > 0) conditions.push(arrayOverlaps(actions.sdgs, [...filter.sdgs]));
  if (filter.countries.length > 0) conditions.push(inArray(actions.originCountry, [...filter.countries]));
  if (filter.originRegionIds.length > 0) conditions.push(inArray(actions.originRegionId, [...filter.originRegionIds]));
  return and(...conditions);
}

function orderOf(filter: ActionListFilter, order: ActionOrder): SQL {
  switch (order) {
    case 'relevance':
      return filter.search === null
        ? newestFirst
        : sql`ts_rank(${actions.searchVector}, ${searchQuery(filter.search)}) desc, ${newestFirst}`;
    case 'most_adopted':
      return sql`(select count(*) from ${adoptions} where ${adoptions.actionId} = ${actions.id} and ${adoptions.status} <> 'abandoned') desc, ${newestFirst}`;
    case 'newest':
      return newestFirst;
  }
}

export async function listActions(
  db: Db,
  filter: ActionListFilter,
  order: ActionOrder,
  page: Page,
  visibility: ActionVisibility,
): Promise<{ rows: ActionRow[]; totalCount: number }> {
  const where = whereOf(filter, visibility);
  const [rows, [total]] = await Promise.all([
    db
      .select(actionColumns)
      .from(actions)
      .where(where)
      .orderBy(orderOf(filter, order))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(actions).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}
