import { describe, expect, it } from 'vitest';
import { groupPageLoader, type RankedRow } from './group-page-loader';

// Groups a: 5 rows, b: 1 row, c: none; the fake fetch ranks like the SQL: the window plus each group's first row.
const data: Record<string, string[]> = { a: ['a1', 'a2', 'a3', 'a4', 'a5'], b: ['b1'], c: [] };

function fakeFetch(calls: { groups: readonly string[]; offset: number; limit: number }[]) {
  return async (groups: readonly string[], page: { offset: number; limit: number }): Promise<RankedRow<string>[]> => {
    calls.push({ groups, ...page });
    return groups.flatMap((groupId) =>
      (data[groupId] ?? [])
        .map((row, index) => ({ row, groupId, position: index + 1, total: data[groupId]?.length ?? 0 }))
        .filter(
          (ranked) =>
            ranked.position === 1 || (ranked.position > page.offset && ranked.position <= page.offset + page.limit + 1),
        ),
    );
  };
}

describe('groupPageLoader', () => {
  it('fetches all groups of one page window at once and returns limit + 1 rows with the group size', async () => {
    const calls: { groups: readonly string[]; offset: number; limit: number }[] = [];
    const loader = groupPageLoader(fakeFetch(calls));
    const page = { offset: 0, limit: 2 };
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((groupId) => loader.load({ groupId, page })));
    expect(calls).toEqual([{ groups: ['a', 'b', 'c'], offset: 0, limit: 2 }]);
    expect(a).toEqual({ rows: ['a1', 'a2', 'a3'], totalCount: 5 });
    expect(b).toEqual({ rows: ['b1'], totalCount: 1 });
    expect(c).toEqual({ rows: [], totalCount: 0 });
  });

  it('keeps the size of a group whose window lies past its end, and separates different windows', async () => {
    const calls: { groups: readonly string[]; offset: number; limit: number }[] = [];
    const loader = groupPageLoader(fakeFetch(calls));
    const [late, early] = await Promise.all([
      loader.load({ groupId: 'a', page: { offset: 10, limit: 2 } }),
      loader.load({ groupId: 'a', page: { offset: 1, limit: 1 } }),
    ]);
    expect(late).toEqual({ rows: [], totalCount: 5 });
    expect(early).toEqual({ rows: ['a2', 'a3'], totalCount: 5 });
    expect(calls).toHaveLength(2);
  });
});
