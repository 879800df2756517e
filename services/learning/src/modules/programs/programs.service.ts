import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { ProgramRow } from '../../db/schema';
import { applyLearningChange, learningCreated, sameList } from '../../events/change-events';
import { progressRecomputed } from '../../events/enrollment-events';
import { requireStaff } from '../access';
import { enrollmentIdsCoveringProgram, refreshProgress } from '../enrollments/progress.repository';
import { checkInteger, checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { isSelfPaced, type ProgramKind } from './program-kind';
import {
  coursesByProgramIds,
  existingCourseIds,
  insertProgram,
  latestModuleMonth,
  lockProgram,
  replaceProgramCourses,
  updateProgramRow,
} from './programs.repository';

export interface ProgramResult {
  program: ProgramRow | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): ProgramResult => ({ program: null, userErrors });

function checkDuration(kind: ProgramKind, durationMonths: number | null | undefined): UserError[] {
  const field = ['input', 'durationMonths'];
  if (isSelfPaced(kind)) {
    return durationMonths != null
      ? [userError(field, 'A self-paced programme has no length in months.', 'SELF_PACED')]
      : [];
  }
  if (durationMonths == null) {
    return [userError(field, 'A cohort-based programme needs its length in months.', 'REQUIRED')];
  }
  return checkInteger(durationMonths, field, 'The length in months', 1, 60);
}

async function checkCourses(db: Db, courseIds: readonly string[] | null | undefined): Promise<UserError[]> {
  if (!courseIds?.length) return [];
  const known = await existingCourseIds(db, courseIds);
  const missing = [...new Set(courseIds)].filter((id) => !known.has(id));
  return missing.length > 0
    ? [userError(['input', 'courseIds'], `No course has the id ${missing.join(', ')}.`, 'NOT_FOUND')]
    : [];
}

export async function createProgram(
  db: Db,
  caller: Caller,
  command: {
    kind: ProgramKind;
    title: string;
    description: string;
    durationMonths?: number | null;
    courseIds?: string[] | null;
  },
): Promise<ProgramResult> {
  requireStaff(caller, 'create programmes');
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkDuration(command.kind, command.durationMonths),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const courseErrors = await checkCourses(tx, command.courseIds);
    if (courseErrors.length > 0) return rejected(courseErrors);
    const program = await insertProgram(tx, {
      kind: command.kind,
      title: command.title.trim(),
      description: command.description.trim(),
      durationMonths: command.durationMonths ?? null,
    });
    await replaceProgramCourses(tx, program.id, command.courseIds ?? []);
    await learningCreated(tx, 'program', program);
    return { program, userErrors: [] };
  });
}

export async function updateProgram(
  db: Db,
  caller: Caller,
  command: {
    programId: string;
    title?: string | null;
    description?: string | null;
    durationMonths?: number | null;
    courseIds?: string[] | null;
  },
): Promise<ProgramResult> {
  requireStaff(caller, 'change programmes');
  const errors = [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockProgram(tx, command.programId);
    if (!current) return rejected([notFoundError(['input', 'programId'], 'programme')]);
    const laterErrors = [
      ...(command.durationMonths != null ? checkDuration(current.kind, command.durationMonths) : []),
      ...(await checkCourses(tx, command.courseIds)),
    ];
    if (command.durationMonths != null && laterErrors.length === 0) {
      const lastMonth = await latestModuleMonth(tx, current.id);
      if (lastMonth !== null && lastMonth > command.durationMonths) {
        laterErrors.push(
          userError(
            ['input', 'durationMonths'],
            `A module takes place in month ${lastMonth}; the programme cannot be shorter.`,
            'MODULES_OUTSIDE',
          ),
        );
      }
    }
    if (laterErrors.length > 0) return rejected(laterErrors);
    let progressChanged: string[] = [];
    const coursesBefore = (await coursesByProgramIds(tx, [current.id])).map((row) => row.course.id).sort();
    const coursesChanged =
      command.courseIds != null && !sameList(coursesBefore, [...new Set(command.courseIds)].sort());
    if (coursesChanged && command.courseIds) {
      await replaceProgramCourses(tx, current.id, command.courseIds);
      // The programme's courses decide what its enrolments cover, so their progress changes with them.
      progressChanged = await refreshProgress(tx, await enrollmentIdsCoveringProgram(tx, current.id));
    }
    const program = await applyLearningChange(
      tx,
      'program',
      current,
      {
        ...given('title', command.title?.trim()),
        ...given('description', command.description?.trim()),
        ...given('durationMonths', command.durationMonths),
      },
      (patch) => updateProgramRow(tx, current.id, patch),
      coursesChanged ? ['courses'] : [],
    );
    // Reported after the update, so that the events carry the programme's new title.
    await progressRecomputed(tx, progressChanged);
    return { program, userErrors: [] };
  });
}
