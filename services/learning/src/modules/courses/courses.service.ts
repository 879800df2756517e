import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import type { UserError } from '@mitmach/server-kit';
import type { CourseRow } from '../../db/schema';
import { applyLearningChange, learningCreated } from '../../events/change-events';
import { requireStaff } from '../access';
import { checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { insertCourse, lockCourse, updateCourseRow } from './courses.repository';

export interface CourseResult {
  course: CourseRow | null;
  userErrors: UserError[];
}

type CourseTopic = CourseRow['topic'];

const rejected = (userErrors: UserError[]): CourseResult => ({ course: null, userErrors });

export async function createCourse(
  db: Db,
  caller: Caller,
  command: { topic: CourseTopic; title: string; description: string },
): Promise<CourseResult> {
  requireStaff(caller, 'create courses');
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  const course = await db.transaction(async (tx) => {
    const created = await insertCourse(tx, {
      topic: command.topic,
      title: command.title.trim(),
      description: command.description.trim(),
    });
    await learningCreated(tx, 'course', created);
    return created;
  });
  return { course, userErrors: [] };
}

export async function updateCourse(
  db: Db,
  caller: Caller,
  command: { courseId: string; topic?: CourseTopic | null; title?: string | null; description?: string | null },
): Promise<CourseResult> {
  requireStaff(caller, 'change courses');
  const errors = [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockCourse(tx, command.courseId);
    if (!current) return rejected([notFoundError(['input', 'courseId'], 'course')]);
    const course = await applyLearningChange(
      tx,
      'course',
      current,
      {
        ...given('topic', command.topic),
        ...given('title', command.title?.trim()),
        ...given('description', command.description?.trim()),
      },
      (patch) => updateCourseRow(tx, current.id, patch),
    );
    return { course, userErrors: [] };
  });
}
