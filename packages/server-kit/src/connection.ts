import { badUserInput } from './errors';

export const defaultPageSize = 20;
export const maxPageSize = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const cursorPrefix = 'o:';

function encodeCursor(position: number): string {
  return Buffer.from(`${cursorPrefix}${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = Number(decoded.slice(cursorPrefix.length));
  if (!decoded.startsWith(cursorPrefix) || !Number.isSafeInteger(position) || position < 0) {
    throw badUserInput(`"after" is not a cursor returned by this list: ${JSON.stringify(cursor)}`, 'after');
  }
  return position;
}

/** Validates `first`/`after` against the hard page-size limit and turns them into an offset window. */
export function readPage(args: PageArgs, max = maxPageSize): Page {
  const first = args.first ?? Math.min(defaultPageSize, max);
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badUserInput(`"first" must be between 0 and ${max}, got ${first}`, 'first');
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/**
 * Builds a connection from a window fetched with `limit + 1` rows, so that `hasNextPage` needs no second query.
 */
export function toConnection<Node>(rows: readonly Node[], page: Page, totalCount: number): Connection<Node> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
