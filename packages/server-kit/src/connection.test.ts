import { describe, expect, it } from 'vitest';
import { readPage, toConnection } from './connection';

describe('cursor pagination', () => {
  it('defaults to 20 and refuses sizes over the hard maximum or below zero', () => {
    expect(readPage({})).toEqual({ offset: 0, limit: 20 });
    expect(() => readPage({ first: 101 })).toThrow('"first" must be between 0 and 100, got 101');
    expect(() => readPage({ first: -1 })).toThrow(/between 0 and 100/);
  });

  it('continues after the cursor of the last edge', () => {
    const page = readPage({ first: 2 });
    const first = toConnection(['a', 'b', 'c'], page, 5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = readPage({ first: 2, after: first.pageInfo.endCursor });
    expect(next).toEqual({ offset: 2, limit: 2 });
    const second = toConnection(['c', 'd'], next, 5);
    expect(second.edges.map((edge) => edge.node)).toEqual(['c', 'd']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => readPage({ after: 'bm9wZQ' })).toThrow(/not a cursor returned by this list/);
  });
});
