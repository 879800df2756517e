import { forbidden, readPage, toConnection } from '@mitmach/server-kit';
import type { EnrollmentFilter, Resolvers } from '../../generated/graphql';
import { canSeeEnrollmentOf, isLearner, requireStaff } from '../access';
import { enrollmentStatus } from './enrollment-status';
import { type EnrollmentListFilter, listEnrollments } from './enrollments.repository';
import { completeLesson, enroll, withdrawEnrollment } from './enrollments.service';

function listFilter(filter: EnrollmentFilter | null | undefined): EnrollmentListFilter {
  return {
    statuses: filter?.statuses,
    courseId: filter?.courseId,
    programId: filter?.programId,
    cohortId: filter?.cohortId,
    personIds: filter?.personIds,
  };
}

export const enrollmentsResolvers: Resolvers = {
  Query: {
    myEnrollments: async (_parent, args, { db, caller }) => {
      if (!isLearner(caller)) throw forbidden('Enrolments are personal; sign in as the person to see your own.');
      const page = readPage(args);
      const filter = { ...listFilter(args.filter), personIds: [caller.personId] };
      const { rows, totalCount } = await listEnrollments(db, filter, page);
      return toConnection(rows, page, totalCount);
    },
    enrollments: async (_parent, args, { db, caller }) => {
      requireStaff(caller, 'list the enrolments of others');
      const page = readPage(args);
      const { rows, totalCount } = await listEnrollments(db, listFilter(args.filter), page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    enroll: (_parent, { input }, { db, caller }) => enroll(db, caller, input),
    completeLesson: (_parent, { input }, { db, caller }) => completeLesson(db, caller, input),
    withdrawEnrollment: (_parent, { input }, { db, caller }) => withdrawEnrollment(db, caller, input),
  },
  Enrollment: {
    __resolveReference: async (reference, { caller, loaders }) => {
      const enrollment = await loaders.enrollmentById.load(reference.id);
      return enrollment && canSeeEnrollmentOf(caller, enrollment.personId) ? enrollment : null;
    },
    person: (enrollment) => ({ id: enrollment.personId }),
    course: (enrollment, _args, { loaders }) =>
      enrollment.courseId ? loaders.courseById.load(enrollment.courseId) : null,
    program: (enrollment, _args, { loaders }) =>
      enrollment.programId ? loaders.programById.load(enrollment.programId) : null,
    cohort: (enrollment, _args, { loaders }) =>
      enrollment.cohortId ? loaders.cohortById.load(enrollment.cohortId) : null,
    status: (enrollment) => enrollmentStatus(enrollment),
    lessonsCompleted: (enrollment, _args, { loaders }) => loaders.completionsByEnrollment.load(enrollment.id),
  },
  LessonCompletion: {
    lesson: async (completion, _args, { loaders }) => {
      const lesson = await loaders.lessonById.load(completion.lessonId);
      if (!lesson) throw new Error(`completion of unknown lesson ${completion.lessonId}`);
      return lesson;
    },
  },
};
