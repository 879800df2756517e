import { type Connection, type Page, toConnection } from '@mitmach/server-kit';

/** A page of a list that is already in memory, such as one a group loader fetched for many parents at once. */
export function pageOf<Node>(rows: readonly Node[], page: Page): Connection<Node> {
  return toConnection(rows.slice(page.offset, page.offset + page.limit + 1), page, rows.length);
}
