import { ChangeCursorError, latestChangeCursor, ReadChangesError, readChanges } from '@mitmach/events';
import { badUserInput, maxPageSize } from '@mitmach/server-kit';
import { changeLog } from '../../db/schema';
import type { Resolvers } from '../../generated/graphql';
import { changesLeavingPublicView } from './change-feed.repository';
import { type PublicChangeType, publicChangeOf, publicEntityTypes } from './public-change';

const defaultPageSize = 50;

function entityTypesOf(types: readonly PublicChangeType[] | null | undefined): string[] {
  if (types && types.length === 0)
    throw badUserInput('"types" names at least one type, or is left out for all.', 'types');
  const chosen = types ?? (Object.keys(publicEntityTypes) as PublicChangeType[]);
  return [...new Set(chosen)].map((type) => publicEntityTypes[type]);
}

async function read(db: Parameters<typeof readChanges>[0], entityTypes: string[], after: string | null, limit: number) {
  try {
    return await readChanges(db, changeLog, { entityTypes, after, limit });
  } catch (error) {
    if (error instanceof ChangeCursorError) throw badUserInput(error.message, 'after');
    if (error instanceof ReadChangesError) throw badUserInput(error.message);
    throw error;
  }
}

export const changeFeedResolvers: Resolvers = {
  Query: {
    publicChanges: async (_parent, { types, after, first }, { db }) => {
      const limit = first ?? defaultPageSize;
      if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
        throw badUserInput(`"first" must be between 1 and ${maxPageSize}, got ${limit}`, 'first');
      }
      const page = await read(db, entityTypesOf(types), after ?? null, limit);
      const leaving = await changesLeavingPublicView(db, page.changes);
      const edges = page.changes.flatMap((change) => {
        const node = publicChangeOf(change, leaving.has(change.eventId));
        return node ? [{ cursor: change.cursor, node }] : [];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage: page.hasMore,
          hasPreviousPage: Boolean(after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: page.endCursor,
        },
      };
    },
    publicChangesSnapshotCursor: (_parent, _args, { db }) => latestChangeCursor(db, changeLog),
  },
};
