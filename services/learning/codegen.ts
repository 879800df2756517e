import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { learningSubgraph } from './src/subgraph';

export default subgraphCodegen(learningSubgraph, {
  Program: '../db/schema#ProgramRow',
  ProgramModule: '../db/schema#ProgramModuleRow',
  Cohort: '../db/schema#CohortRow',
  CohortParticipation: '../db/schema#CohortRegionRow',
  Course: '../db/schema#CourseRow',
  Lesson: '../db/schema#LessonRow',
  HandbookChapter: '../db/schema#HandbookChapterRow',
  ExchangeMeeting: '../db/schema#ExchangeMeetingRow',
  ExchangeMeetingExpert: '../db/schema#ExchangeMeetingExpertRow',
  ToolkitItem: '../db/schema#ToolkitItemRow',
  Enrollment: '../db/schema#EnrollmentRow',
  LessonCompletion: '../db/schema#LessonCompletionRow',
  PersonalDataExport: '../modules/personal-data/personal-data-reference#PersonalDataReference',
  Region: '../modules/entity-reference#EntityReference',
  Person: '../modules/entity-reference#EntityReference',
});
