import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { LessonRow } from '../../db/schema';
import { applyLearningChange, learningChanged, learningCreated } from '../../events/change-events';
import { progressRecomputed } from '../../events/enrollment-events';
import { requireStaff } from '../access';
import { lockCourse } from '../courses/courses.repository';
import { enrollmentIdsCoveringCourse, refreshProgress } from '../enrollments/progress.repository';
import { checkInteger, checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import {
  chapterExists,
  insertLesson,
  lessonCount,
  lessonsByIds,
  lockLesson,
  parkLesson,
  shiftLessons,
  updateLessonRow,
} from './lessons.repository';

export interface LessonResult {
  lesson: LessonRow | null;
  userErrors: UserError[];
}

type LessonKind = LessonRow['kind'];

const rejected = (userErrors: UserError[]): LessonResult => ({ lesson: null, userErrors });

function checkFields(command: {
  title?: string | null;
  summary?: string | null;
  durationMinutes?: number | null;
  position?: number | null;
}): UserError[] {
  return [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.summary, ['input', 'summary'], 'The summary', 10, 4000),
    ...checkInteger(command.durationMinutes, ['input', 'durationMinutes'], 'The duration in minutes', 1, 600),
    ...checkInteger(command.position, ['input', 'position'], 'The position', 1, 1000),
  ];
}

async function checkChapter(db: Db, kind: LessonKind, chapterId: string | null): Promise<UserError[]> {
  const field = ['input', 'handbookChapterId'];
  if (chapterId === null) {
    return kind === 'handbook_chapter'
      ? [userError(field, 'A HANDBOOK_CHAPTER lesson names the chapter it works through.', 'REQUIRED')]
      : [];
  }
  return (await chapterExists(db, chapterId)) ? [] : [notFoundError(field, 'handbook chapter')];
}

function positionOutOfRange(position: number, last: number): UserError {
  return userError(
    ['input', 'position'],
    `Lessons run from position 1 to ${last} without gaps, so ${position} is not possible.`,
    'POSITION_OUT_OF_RANGE',
  );
}

export async function createLesson(
  db: Db,
  caller: Caller,
  command: {
    courseId: string;
    position?: number | null;
    kind: LessonKind;
    title: string;
    summary: string;
    durationMinutes: number;
    handbookChapterId?: string | null;
  },
): Promise<LessonResult> {
  requireStaff(caller, 'add lessons');
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.summary, ['input', 'summary'], 'The summary', 10, 4000),
    ...checkFields({ durationMinutes: command.durationMinutes, position: command.position }),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    // The lock on the course serialises changes to its lesson order.
    const course = await lockCourse(tx, command.courseId);
    if (!course) return rejected([notFoundError(['input', 'courseId'], 'course')]);
    const existing = await lessonCount(tx, course.id);
    const position = command.position ?? existing + 1;
    const laterErrors = [
      ...(position > existing + 1 ? [positionOutOfRange(position, existing + 1)] : []),
      ...(await checkChapter(tx, command.kind, command.handbookChapterId ?? null)),
    ];
    if (laterErrors.length > 0) return rejected(laterErrors);
    const shifted = await shiftLessons(tx, course.id, position, existing, 1);
    const lesson = await insertLesson(tx, {
      courseId: course.id,
      position,
      kind: command.kind,
      title: command.title.trim(),
      summary: command.summary.trim(),
      durationMinutes: command.durationMinutes,
      handbookChapterId: command.handbookChapterId ?? null,
    });
    await learningCreated(tx, 'lesson', lesson);
    for (const moved of shifted) await learningChanged(tx, 'lesson', moved, ['position']);
    // A new lesson lowers the percentage of the enrolments covering it; completedAt stays as it was.
    await progressRecomputed(tx, await refreshProgress(tx, await enrollmentIdsCoveringCourse(tx, course.id)));
    return { lesson, userErrors: [] };
  });
}

export async function updateLesson(
  db: Db,
  caller: Caller,
  command: {
    lessonId: string;
    position?: number | null;
    kind?: LessonKind | null;
    title?: string | null;
    summary?: string | null;
    durationMinutes?: number | null;
    handbookChapterId?: string | null;
  },
): Promise<LessonResult> {
  requireStaff(caller, 'change lessons');
  const errors = checkFields(command);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const [found] = await lessonsByIds(tx, [command.lessonId]);
    if (!found) return rejected([notFoundError(['input', 'lessonId'], 'lesson')]);
    // Course before lesson, in the same order as createLesson, so that concurrent changes cannot deadlock.
    await lockCourse(tx, found.courseId);
    const current = await lockLesson(tx, found.id);
    if (!current) return rejected([notFoundError(['input', 'lessonId'], 'lesson')]);
    const existing = await lessonCount(tx, current.courseId);
    const laterErrors = [
      ...(command.position != null && command.position > existing
        ? [positionOutOfRange(command.position, existing)]
        : []),
      ...(command.kind != null || command.handbookChapterId != null
        ? await checkChapter(
            tx,
            command.kind ?? current.kind,
            command.handbookChapterId ?? current.handbookChapterId ?? null,
          )
        : []),
    ];
    if (laterErrors.length > 0) return rejected(laterErrors);
    let shifted: Awaited<ReturnType<typeof shiftLessons>> = [];
    if (command.position != null && command.position !== current.position) {
      await parkLesson(tx, current.id);
      shifted =
        command.position < current.position
          ? await shiftLessons(tx, current.courseId, command.position, current.position - 1, 1)
          : await shiftLessons(tx, current.courseId, current.position + 1, command.position, -1);
    }
    const lesson = await applyLearningChange(
      tx,
      'lesson',
      current,
      {
        position: command.position ?? current.position,
        ...given('kind', command.kind),
        ...given('title', command.title?.trim()),
        ...given('summary', command.summary?.trim()),
        ...given('durationMinutes', command.durationMinutes),
        ...given('handbookChapterId', command.handbookChapterId),
      },
      (patch) => updateLessonRow(tx, current.id, patch),
    );
    for (const moved of shifted) await learningChanged(tx, 'lesson', moved, ['position']);
    return { lesson, userErrors: [] };
  });
}
