import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { CohortRow, ExchangeMeetingRow } from '../../db/schema';
import { applyLearningChange, learningCreated, sameList } from '../../events/change-events';
import { isLearner, requireStaff } from '../access';
import { cohortsByIds } from '../cohorts/cohorts.repository';
import type { LearnerScope } from '../enrollments/enrollments.repository';
import { checkInteger, checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { programsByIds } from '../programs/programs.repository';
import {
  type ExpertEntry,
  expertsByMeetingIds,
  insertMeeting,
  lockMeeting,
  replaceExperts,
  updateMeetingRow,
} from './exchange-meetings.repository';

export interface ExchangeMeetingResult {
  meeting: ExchangeMeetingRow | null;
  userErrors: UserError[];
}

interface ExpertInput {
  personId?: string | null;
  name?: string | null;
}

const rejected = (userErrors: UserError[]): ExchangeMeetingResult => ({ meeting: null, userErrors });

const maximumExperts = 10;

/**
 * The join link goes to staff and to people with a live enrolment in the meeting's cohort, or in its programme or
 * one of that programme's cohorts.
 */
export function mayJoin(caller: Caller, meeting: ExchangeMeetingRow, scopes: readonly LearnerScope[]): boolean {
  if (isStaff(caller)) return true;
  if (!isLearner(caller)) return false;
  return scopes.some((scope) =>
    meeting.cohortId !== null
      ? scope.cohortId === meeting.cohortId
      : scope.programId === meeting.programId || scope.cohortProgramId === meeting.programId,
  );
}

function checkExperts(experts: readonly ExpertInput[]): UserError[] {
  if (experts.length < 1 || experts.length > maximumExperts) {
    return [
      userError(
        ['input', 'experts'],
        `A meeting has 1 to ${maximumExperts} experts, got ${experts.length}.`,
        'OUT_OF_RANGE',
      ),
    ];
  }
  return experts.flatMap((expert, index) => {
    const field = ['input', 'experts', String(index)];
    if ((expert.personId == null) === (expert.name == null)) {
      return [userError(field, 'Give either the person or the name of the expert.', 'EXACTLY_ONE_OF')];
    }
    return checkOptionalText(expert.name, [...field, 'name'], 'The name', 2, 120);
  });
}

function toEntries(experts: readonly ExpertInput[]): ExpertEntry[] {
  return experts.map((expert) =>
    expert.personId != null
      ? { personId: expert.personId, name: null }
      : { personId: null, name: String(expert.name).trim() },
  );
}

function checkFields(command: {
  topic?: string | null;
  description?: string | null;
  durationMinutes?: number | null;
  experts?: readonly ExpertInput[] | null;
}): UserError[] {
  return [
    ...checkOptionalText(command.topic, ['input', 'topic'], 'The topic', 3, 160),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkInteger(command.durationMinutes, ['input', 'durationMinutes'], 'The duration in minutes', 15, 480),
    ...(command.experts ? checkExperts(command.experts) : []),
  ];
}

function checkWithinCohort(cohort: CohortRow | null, startsAt: Date): UserError[] {
  if (!cohort) return [];
  // Cohort dates are calendar days of the network, which shares one time zone (Berlin, Vienna, Zurich, Rome).
  const day = startsAt.toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
  if (day >= cohort.startsOn && day <= cohort.endsOn) return [];
  return [
    userError(
      ['input', 'startsAt'],
      `${cohort.title} runs from ${cohort.startsOn} to ${cohort.endsOn}; its meetings take place in that time.`,
      'OUTSIDE_COHORT',
    ),
  ];
}

export async function createExchangeMeeting(
  db: Db,
  caller: Caller,
  command: {
    programId?: string | null;
    cohortId?: string | null;
    topic: string;
    description: string;
    startsAt: Date;
    durationMinutes: number;
    experts: ExpertInput[];
    joinUrl: string;
  },
): Promise<ExchangeMeetingResult> {
  requireStaff(caller, 'schedule exchange meetings');
  const errors = [
    ...((command.programId == null) === (command.cohortId == null)
      ? [userError(['input', 'programId'], 'Give either a programme or a cohort.', 'EXACTLY_ONE_OF')]
      : []),
    ...checkText(command.topic, ['input', 'topic'], 'The topic', 3, 160),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkFields({ durationMinutes: command.durationMinutes, experts: command.experts }),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const [program] = command.programId ? await programsByIds(tx, [command.programId]) : [];
    const [cohort] = command.cohortId ? await cohortsByIds(tx, [command.cohortId]) : [];
    if (command.programId && !program) return rejected([notFoundError(['input', 'programId'], 'programme')]);
    if (command.cohortId && !cohort) return rejected([notFoundError(['input', 'cohortId'], 'cohort')]);
    const cohortErrors = checkWithinCohort(cohort ?? null, command.startsAt);
    if (cohortErrors.length > 0) return rejected(cohortErrors);
    const meeting = await insertMeeting(tx, {
      programId: program?.id ?? null,
      cohortId: cohort?.id ?? null,
      topic: command.topic.trim(),
      description: command.description.trim(),
      startsAt: command.startsAt,
      durationMinutes: command.durationMinutes,
      joinUrl: command.joinUrl,
    });
    await replaceExperts(tx, meeting.id, toEntries(command.experts));
    await learningCreated(tx, 'exchangeMeeting', meeting);
    return { meeting, userErrors: [] };
  });
}

export async function updateExchangeMeeting(
  db: Db,
  caller: Caller,
  command: {
    meetingId: string;
    topic?: string | null;
    description?: string | null;
    startsAt?: Date | null;
    durationMinutes?: number | null;
    experts?: ExpertInput[] | null;
    joinUrl?: string | null;
  },
): Promise<ExchangeMeetingResult> {
  requireStaff(caller, 'change exchange meetings');
  const errors = checkFields(command);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockMeeting(tx, command.meetingId);
    if (!current) return rejected([notFoundError(['input', 'meetingId'], 'exchange meeting')]);
    if (command.startsAt && current.cohortId) {
      const [cohort] = await cohortsByIds(tx, [current.cohortId]);
      const cohortErrors = checkWithinCohort(cohort ?? null, command.startsAt);
      if (cohortErrors.length > 0) return rejected(cohortErrors);
    }
    const expertsBefore = (await expertsByMeetingIds(tx, [current.id]))
      .sort((a, b) => a.position - b.position)
      .map((expert) => ({ personId: expert.personId, name: expert.name }));
    const expertsAfter = command.experts ? toEntries(command.experts) : null;
    const expertsChanged = expertsAfter !== null && !sameList(expertsBefore, expertsAfter);
    if (expertsChanged && expertsAfter) await replaceExperts(tx, current.id, expertsAfter);
    const meeting = await applyLearningChange(
      tx,
      'exchangeMeeting',
      current,
      {
        ...given('topic', command.topic?.trim()),
        ...given('description', command.description?.trim()),
        ...given('startsAt', command.startsAt),
        ...given('durationMinutes', command.durationMinutes),
        ...given('joinUrl', command.joinUrl),
      },
      (patch) => updateMeetingRow(tx, current.id, patch),
      expertsChanged ? ['experts'] : [],
    );
    return { meeting, userErrors: [] };
  });
}
