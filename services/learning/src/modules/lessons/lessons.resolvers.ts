import { fromGraphqlEnum, toGraphqlEnum } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { createLesson, updateLesson } from './lessons.service';

export const lessonsResolvers: Resolvers = {
  Mutation: {
    createLesson: (_parent, { input }, { db, caller }) =>
      createLesson(db, caller, { ...input, kind: fromGraphqlEnum(input.kind) }),
    updateLesson: (_parent, { input }, { db, caller }) =>
      updateLesson(db, caller, { ...input, kind: input.kind ? fromGraphqlEnum(input.kind) : null }),
  },
  Lesson: {
    __resolveReference: (reference, { loaders }) => loaders.lessonById.load(reference.id),
    course: async (lesson, _args, { loaders }) => {
      const course = await loaders.courseById.load(lesson.courseId);
      if (!course) throw new Error(`lesson ${lesson.id} has no course`);
      return course;
    },
    kind: (lesson) => toGraphqlEnum(lesson.kind),
    handbookChapter: (lesson, _args, { loaders }) =>
      lesson.handbookChapterId ? loaders.handbookChapterById.load(lesson.handbookChapterId) : null,
  },
};
