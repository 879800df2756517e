import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listCourses } from './courses.repository';
import { createCourse, updateCourse } from './courses.service';

export const coursesResolvers: Resolvers = {
  Query: {
    courses: async (_parent, args, { db }) => {
      const page = readPage(args);
      const filter = { topics: args.filter?.topics, programIds: args.filter?.programIds };
      const { rows, totalCount } = await listCourses(db, filter, page);
      return toConnection(rows, page, totalCount);
    },
    course: async (_parent, { id }, { loaders }) => {
      const course = await loaders.courseById.load(id);
      if (!course) throw notFound(`There is no course with id ${id}.`);
      return course;
    },
  },
  Mutation: {
    createCourse: (_parent, { input }, { db, caller }) => createCourse(db, caller, input),
    updateCourse: (_parent, { input }, { db, caller }) => updateCourse(db, caller, input),
  },
  Course: {
    __resolveReference: (reference, { loaders }) => loaders.courseById.load(reference.id),
    lessons: (course, _args, { loaders }) => loaders.lessonsByCourse.load(course.id),
    durationMinutes: async (course, _args, { loaders }) =>
      (await loaders.lessonsByCourse.load(course.id)).reduce((sum, lesson) => sum + lesson.durationMinutes, 0),
    programs: async (course, _args, { loaders }) =>
      (await loaders.programsByCourse.load(course.id)).map((entry) => entry.program),
    enrollmentCount: async (course, _args, { loaders }) =>
      (await loaders.courseStatisticsById.load(course.id))?.enrolled ?? 0,
    completionCount: async (course, _args, { loaders }) =>
      (await loaders.courseStatisticsById.load(course.id))?.completed ?? 0,
  },
};
