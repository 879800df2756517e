import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listChapters } from './handbook.repository';
import { createHandbookChapter, updateHandbookChapter } from './handbook.service';

export const handbookResolvers: Resolvers = {
  Query: {
    handbookChapters: async (_parent, args, { db }) => {
      const page = readPage(args);
      const { rows, totalCount } = await listChapters(db, page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    createHandbookChapter: (_parent, { input }, { db, caller }) => createHandbookChapter(db, caller, input),
    updateHandbookChapter: (_parent, { input }, { db, caller }) => updateHandbookChapter(db, caller, input),
  },
  HandbookChapter: {
    __resolveReference: (reference, { loaders }) => loaders.handbookChapterById.load(reference.id),
    pageCount: (chapter) => chapter.lastPage - chapter.firstPage + 1,
  },
};
