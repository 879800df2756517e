import type { Resolvers } from '../../generated/graphql';
import { createLesson, updateLesson } from './lessons.service';

export const lessonsResolvers: Resolvers = {
  Mutation: {
    createLesson: (_parent, { input }, { db, caller }) => createLesson(db, caller, input),
    updateLesson: (_parent, { input }, { db, caller }) => updateLesson(db, caller, input),
  },
  Lesson: {
    __resolveReference: (reference, { loaders }) => loaders.lessonById.load(reference.id),
    course: async (lesson, _args, { loaders }) => {
      const course = await loaders.courseById.load(lesson.courseId);
      if (!course) throw new Error(`lesson ${lesson.id} has no course`);
      return course;
    },
    handbookChapter: (lesson, _args, { loaders }) =>
      lesson.handbookChapterId ? loaders.handbookChapterById.load(lesson.handbookChapterId) : null,
  },
};
