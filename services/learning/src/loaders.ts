import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader } from '@mitmach/server-kit';
import {
  cohortsByIds,
  cohortsByProgramIds,
  participationsByCohortIds,
  participationsByRegionIds,
} from './modules/cohorts/cohorts.repository';
import { courseStatisticsByIds, coursesByIds } from './modules/courses/courses.repository';
import {
  completionsByEnrollmentIds,
  enrollmentsByIds,
  learnerScopesByPersonIds,
} from './modules/enrollments/enrollments.repository';
import { expertsByMeetingIds, meetingsByIds } from './modules/exchange-meetings/exchange-meetings.repository';
import { chaptersByIds } from './modules/handbook/handbook.repository';
import { lessonsByCourseIds, lessonsByIds } from './modules/lessons/lessons.repository';
import { modulesByIds, modulesByProgramIds } from './modules/program-modules/program-modules.repository';
import { coursesByProgramIds, programsByCourseIds, programsByIds } from './modules/programs/programs.repository';
import { toolkitItemsByIds } from './modules/toolkit/toolkit.repository';

const byId = (row: { id: string }) => row.id;

/** Per-request loaders: each entity type and relation costs one SQL statement per request, whatever the list length. */
export function createLoaders(db: Db) {
  return {
    programById: entityLoader((ids: readonly string[]) => programsByIds(db, ids), byId),
    moduleById: entityLoader((ids: readonly string[]) => modulesByIds(db, ids), byId),
    modulesByProgram: groupLoader(
      (ids: readonly string[]) => modulesByProgramIds(db, ids),
      (row) => row.programId,
    ),
    coursesByProgram: groupLoader(
      (ids: readonly string[]) => coursesByProgramIds(db, ids),
      (row) => row.programId,
    ),
    programsByCourse: groupLoader(
      (ids: readonly string[]) => programsByCourseIds(db, ids),
      (row) => row.courseId,
    ),
    cohortById: entityLoader((ids: readonly string[]) => cohortsByIds(db, ids), byId),
    cohortsByProgram: groupLoader(
      (ids: readonly string[]) => cohortsByProgramIds(db, ids),
      (row) => row.programId,
    ),
    participationsByCohort: groupLoader(
      (ids: readonly string[]) => participationsByCohortIds(db, ids),
      (row) => row.cohortId,
    ),
    participationsByRegion: groupLoader(
      (ids: readonly string[]) => participationsByRegionIds(db, ids),
      (row) => row.regionId,
    ),
    courseById: entityLoader((ids: readonly string[]) => coursesByIds(db, ids), byId),
    courseStatisticsById: entityLoader(
      (ids: readonly string[]) => courseStatisticsByIds(db, ids),
      (row) => row.courseId as string,
    ),
    lessonById: entityLoader((ids: readonly string[]) => lessonsByIds(db, ids), byId),
    lessonsByCourse: groupLoader(
      (ids: readonly string[]) => lessonsByCourseIds(db, ids),
      (row) => row.courseId,
    ),
    handbookChapterById: entityLoader((ids: readonly string[]) => chaptersByIds(db, ids), byId),
    exchangeMeetingById: entityLoader((ids: readonly string[]) => meetingsByIds(db, ids), byId),
    expertsByMeeting: groupLoader(
      (ids: readonly string[]) => expertsByMeetingIds(db, ids),
      (row) => row.meetingId,
    ),
    toolkitItemById: entityLoader((ids: readonly string[]) => toolkitItemsByIds(db, ids), byId),
    enrollmentById: entityLoader((ids: readonly string[]) => enrollmentsByIds(db, ids), byId),
    completionsByEnrollment: groupLoader(
      (ids: readonly string[]) => completionsByEnrollmentIds(db, ids),
      (row) => row.enrollmentId,
    ),
    learnerScopesByPerson: groupLoader(
      (ids: readonly string[]) => learnerScopesByPersonIds(db, ids),
      (row) => row.personId,
    ),
  };
}

export type LearningLoaders = ReturnType<typeof createLoaders>;
