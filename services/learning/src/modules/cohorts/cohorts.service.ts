import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { CohortRow } from '../../db/schema';
import { applyLearningChange, learningCreated } from '../../events/change-events';
import { requireStaff } from '../access';
import { checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { isSelfPaced } from '../programs/program-kind';
import { lockProgram } from '../programs/programs.repository';
import { addParticipation, insertCohort, lockCohort, removeParticipation, updateCohortRow } from './cohorts.repository';

export interface CohortResult {
  cohort: CohortRow | null;
  userErrors: UserError[];
}

interface CohortDates {
  startsOn: string;
  endsOn: string;
  applicationDeadline: string;
}

const rejected = (userErrors: UserError[]): CohortResult => ({ cohort: null, userErrors });

// ISO dates compare correctly as strings.
function checkDates(dates: CohortDates): UserError[] {
  const errors: UserError[] = [];
  if (dates.applicationDeadline > dates.startsOn) {
    errors.push(
      userError(
        ['input', 'applicationDeadline'],
        `The application deadline (${dates.applicationDeadline}) cannot be after the start (${dates.startsOn}).`,
        'INVALID_DATES',
      ),
    );
  }
  if (dates.endsOn <= dates.startsOn) {
    errors.push(
      userError(
        ['input', 'endsOn'],
        `The end (${dates.endsOn}) must come after the start (${dates.startsOn}).`,
        'INVALID_DATES',
      ),
    );
  }
  return errors;
}

export async function createCohort(
  db: Db,
  caller: Caller,
  command: { programId: string; title: string } & CohortDates,
): Promise<CohortResult> {
  requireStaff(caller, 'create cohorts');
  const errors = [...checkText(command.title, ['input', 'title'], 'The title', 3, 120), ...checkDates(command)];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const program = await lockProgram(tx, command.programId);
    if (!program) return rejected([notFoundError(['input', 'programId'], 'programme')]);
    if (isSelfPaced(program.kind)) {
      return rejected([
        userError(['input', 'programId'], `${program.title} is self-paced and has no cohorts.`, 'NOT_COHORT_BASED'),
      ]);
    }
    const cohort = await insertCohort(tx, {
      programId: program.id,
      title: command.title.trim(),
      startsOn: command.startsOn,
      endsOn: command.endsOn,
      applicationDeadline: command.applicationDeadline,
    });
    await learningCreated(tx, 'cohort', cohort);
    return { cohort, userErrors: [] };
  });
}

export async function updateCohort(
  db: Db,
  caller: Caller,
  command: {
    cohortId: string;
    title?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
    applicationDeadline?: string | null;
  },
): Promise<CohortResult> {
  requireStaff(caller, 'change cohorts');
  const errors = checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockCohort(tx, command.cohortId);
    if (!current) return rejected([notFoundError(['input', 'cohortId'], 'cohort')]);
    const dates: CohortDates = {
      startsOn: command.startsOn ?? current.startsOn,
      endsOn: command.endsOn ?? current.endsOn,
      applicationDeadline: command.applicationDeadline ?? current.applicationDeadline,
    };
    const dateErrors = checkDates(dates);
    if (dateErrors.length > 0) return rejected(dateErrors);
    const cohort = await applyLearningChange(
      tx,
      'cohort',
      current,
      { ...given('title', command.title?.trim()), ...dates },
      (patch) => updateCohortRow(tx, current.id, patch),
    );
    return { cohort, userErrors: [] };
  });
}

export async function addRegionToCohort(
  db: Db,
  caller: Caller,
  command: { cohortId: string; regionId: string },
): Promise<CohortResult> {
  requireStaff(caller, 'add regions to cohorts');
  return db.transaction(async (tx) => {
    const cohort = await lockCohort(tx, command.cohortId);
    if (!cohort) return rejected([notFoundError(['input', 'cohortId'], 'cohort')]);
    if (!(await addParticipation(tx, cohort.id, command.regionId))) {
      return rejected([
        userError(['input', 'regionId'], `The region takes part in ${cohort.title} already.`, 'ALREADY_PARTICIPATING'),
      ]);
    }
    const changed = await applyLearningChange(
      tx,
      'cohort',
      cohort,
      {},
      (patch) => updateCohortRow(tx, cohort.id, patch),
      ['regions'],
    );
    return { cohort: changed, userErrors: [] };
  });
}

export async function removeRegionFromCohort(
  db: Db,
  caller: Caller,
  command: { cohortId: string; regionId: string },
): Promise<CohortResult> {
  requireStaff(caller, 'remove regions from cohorts');
  return db.transaction(async (tx) => {
    const cohort = await lockCohort(tx, command.cohortId);
    if (!cohort) return rejected([notFoundError(['input', 'cohortId'], 'cohort')]);
    if (!(await removeParticipation(tx, cohort.id, command.regionId))) {
      return rejected([
        userError(['input', 'regionId'], `The region does not take part in ${cohort.title}.`, 'NOT_PARTICIPATING'),
      ]);
    }
    const changed = await applyLearningChange(
      tx,
      'cohort',
      cohort,
      {},
      (patch) => updateCohortRow(tx, cohort.id, patch),
      ['regions'],
    );
    return { cohort: changed, userErrors: [] };
  });
}
