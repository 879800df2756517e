import DataLoader from 'dataloader';
import type { Page } from './connection';

/** A row of a one-to-many relation with its 1-based place in its group and the size of the group. */
export interface RankedRow<Row> {
  row: Row;
  groupId: string;
  position: number;
  total: number;
}

/** One page of one group, fetched with `limit + 1` rows for `toConnection`. */
export interface GroupPage<Row> {
  rows: Row[];
  totalCount: number;
}

export interface GroupPageKey {
  groupId: string;
  page: Page;
}

/**
 * A per-request loader of paginated one-to-many relations (a region's actions, an action's adoptions): all groups
 * asked for in one tick with the same page window cost one SQL statement, which ranks rows within their group and
 * returns only the window (plus each group's first row, which carries the group's size even when the window is
 * past its end).
 */
export function groupPageLoader<Row>(
  fetch: (groupIds: readonly string[], page: Page) => Promise<RankedRow<Row>[]>,
): DataLoader<GroupPageKey, GroupPage<Row>, string> {
  return new DataLoader<GroupPageKey, GroupPage<Row>, string>(
    async (keys) => {
      const windows = new Map<string, { page: Page; groupIds: Set<string> }>();
      for (const { groupId, page } of keys) {
        const windowKey = `${page.offset}:${page.limit}`;
        const window = windows.get(windowKey) ?? { page, groupIds: new Set<string>() };
        window.groupIds.add(groupId);
        windows.set(windowKey, window);
      }
      const pages = new Map<string, GroupPage<Row>>();
      await Promise.all(
        [...windows.entries()].map(async ([windowKey, { page, groupIds }]) => {
          for (const groupId of groupIds) pages.set(`${groupId}@${windowKey}`, { rows: [], totalCount: 0 });
          for (const ranked of await fetch([...groupIds], page)) {
            const group = pages.get(`${ranked.groupId}@${windowKey}`);
            if (!group) continue;
            group.totalCount = ranked.total;
            if (ranked.position > page.offset && ranked.position <= page.offset + page.limit + 1) {
              group.rows.push(ranked.row);
            }
          }
        }),
      );
      return keys.map(
        ({ groupId, page }) => pages.get(`${groupId}@${page.offset}:${page.limit}`) ?? { rows: [], totalCount: 0 },
      );
    },
    { cacheKeyFn: ({ groupId, page }) => `${groupId}@${page.offset}:${page.limit}` },
  );
}
