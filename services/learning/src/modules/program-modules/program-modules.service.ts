import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { ProgramModuleRow, ProgramRow } from '../../db/schema';
import { applyLearningChange, learningCreated } from '../../events/change-events';
import { requireStaff } from '../access';
import { checkInteger, checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { moduleLimitOf } from '../programs/program-kind';
import { lockProgram } from '../programs/programs.repository';
import { insertModule, lockModule, moduleCount, updateModuleRow } from './program-modules.repository';

export interface ProgramModuleResult {
  module: ProgramModuleRow | null;
  userErrors: UserError[];
}

type ModuleFormat = ProgramModuleRow['format'];

const rejected = (userErrors: UserError[]): ProgramModuleResult => ({ module: null, userErrors });

function checkFields(command: {
  title?: string | null;
  description?: string | null;
  month?: number | null;
  durationMinutes?: number | null;
}): UserError[] {
  return [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkInteger(command.month, ['input', 'month'], 'The month', 1, 60),
    ...checkInteger(command.durationMinutes, ['input', 'durationMinutes'], 'The duration in minutes', 15, 2880),
  ];
}

function checkMonthWithin(program: ProgramRow, month: number | null | undefined): UserError[] {
  if (month == null || program.durationMonths === null || month <= program.durationMonths) return [];
  return [
    userError(
      ['input', 'month'],
      `${program.title} runs ${program.durationMonths} months; month ${month} lies outside it.`,
      'MONTH_OUT_OF_RANGE',
    ),
  ];
}

function checkNumber(program: ProgramRow, existing: number, number: number | null | undefined): UserError[] {
  const limit = moduleLimitOf(program.kind);
  if (limit !== null && existing >= limit) {
    return [
      userError(
        ['input', 'programId'],
        `${program.title} has at most ${limit} modules, and it has ${existing}.`,
        'TOO_MANY_MODULES',
      ),
    ];
  }
  const next = existing + 1;
  if (number == null || number === next) return [];
  if (number <= existing) {
    return [userError(['input', 'number'], `Module ${number} exists already; the next number is ${next}.`, 'TAKEN')];
  }
  return [
    userError(
      ['input', 'number'],
      `Modules are numbered 1 to n without gaps; the next number is ${next}, not ${number}.`,
      'NUMBER_OUT_OF_RANGE',
    ),
  ];
}

export async function createProgramModule(
  db: Db,
  caller: Caller,
  command: {
    programId: string;
    number?: number | null;
    title: string;
    description: string;
    month: number;
    startsAt?: Date | null;
    durationMinutes: number;
    format: ModuleFormat;
  },
): Promise<ProgramModuleResult> {
  requireStaff(caller, 'add modules');
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkFields({ month: command.month, durationMinutes: command.durationMinutes }),
    ...checkInteger(command.number, ['input', 'number'], 'The number', 1, 1000),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    // The lock on the programme serialises concurrent additions, so two modules never get the same number.
    const program = await lockProgram(tx, command.programId);
    if (!program) return rejected([notFoundError(['input', 'programId'], 'programme')]);
    const existing = await moduleCount(tx, program.id);
    const programErrors = [
      ...checkNumber(program, existing, command.number),
      ...checkMonthWithin(program, command.month),
    ];
    if (programErrors.length > 0) return rejected(programErrors);
    const module = await insertModule(tx, {
      programId: program.id,
      number: existing + 1,
      title: command.title.trim(),
      description: command.description.trim(),
      month: command.month,
      startsAt: command.startsAt ?? null,
      durationMinutes: command.durationMinutes,
      format: command.format,
    });
    await learningCreated(tx, 'programModule', module);
    return { module, userErrors: [] };
  });
}

export async function updateProgramModule(
  db: Db,
  caller: Caller,
  command: {
    moduleId: string;
    title?: string | null;
    description?: string | null;
    month?: number | null;
    startsAt?: Date | null;
    durationMinutes?: number | null;
    format?: ModuleFormat | null;
  },
): Promise<ProgramModuleResult> {
  requireStaff(caller, 'change modules');
  const errors = checkFields(command);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockModule(tx, command.moduleId);
    if (!current) return rejected([notFoundError(['input', 'moduleId'], 'module')]);
    const program = await lockProgram(tx, current.programId);
    if (!program) throw new Error(`module ${current.id} has no programme`);
    const monthErrors = checkMonthWithin(program, command.month);
    if (monthErrors.length > 0) return rejected(monthErrors);
    const module = await applyLearningChange(
      tx,
      'programModule',
      current,
      {
        ...given('title', command.title?.trim()),
        ...given('description', command.description?.trim()),
        ...given('month', command.month),
        ...given('startsAt', command.startsAt),
        ...given('durationMinutes', command.durationMinutes),
        ...given('format', command.format),
      },
      (patch) => updateModuleRow(tx, current.id, patch),
    );
    return { module, userErrors: [] };
  });
}
