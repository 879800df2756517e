import { type AnyColumn, and, eq, gt, lte, or, type SQL, sql } from 'drizzle-orm';

/** Select fields that number rows within their group (1-based, in `orderBy`) and count the group. */
export function rankWithin(group: AnyColumn, orderBy: SQL) {
  return {
    position: sql<number>`row_number() over (partition by ${group} order by ${orderBy})`.mapWith(Number).as('position'),
    total: sql<number>`count(*) over (partition by ${group})`.mapWith(Number).as('total'),
  };
}

/** The rows of a page window (fetched with one extra row), plus each group's first row, which carries its size. */
export function inWindow(position: SQL.Aliased<number>, page: { offset: number; limit: number }): SQL | undefined {
  return or(eq(position, 1), and(gt(position, page.offset), lte(position, page.offset + page.limit + 1)));
}
