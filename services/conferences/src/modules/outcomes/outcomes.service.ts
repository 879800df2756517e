import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { erasedPersonErrors, type UserError, userError } from '@mitmach/server-kit';
import { erasedPersonIds, type OutcomeRow } from '../../db/schema';
import { outcomeCreated } from '../../events/change-events';
import { outcomeRecorded } from '../../events/conference-events';
import { lockManagedConference, requireConferenceManager } from '../conferences/conference-access';
import { heldStatuses } from '../conferences/conference-status';
import { checkFieldSlugs, checkIds, checkOptionalText, checkSdgs, checkText } from '../input-checks';
import { insertOutcome } from './outcomes.repository';

export interface RecordOutcomeCommand {
  conferenceId: string;
  kind: OutcomeRow['kind'];
  title: string;
  description: string;
  fieldsOfAction: string[];
  sdgs: number[];
  responsiblePersonIds: string[];
  partnerOrganizationIds: string[];
  nextSteps?: string | null;
}

export interface OutcomeResult {
  outcome: OutcomeRow | null;
  userErrors: UserError[];
}

export async function recordOutcome(db: Db, caller: Caller, command: RecordOutcomeCommand): Promise<OutcomeResult> {
  requireConferenceManager(caller);
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 200),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkFieldSlugs(command.fieldsOfAction, ['input', 'fieldsOfAction'], 6),
    ...checkSdgs(command.sdgs, ['input', 'sdgs']),
    ...checkIds(command.responsiblePersonIds, ['input', 'responsiblePersonIds'], 'responsible people', 10),
    ...checkIds(command.partnerOrganizationIds, ['input', 'partnerOrganizationIds'], 'partner organisations', 20),
    ...checkOptionalText(command.nextSteps, ['input', 'nextSteps'], 'The next steps', 2000),
  ];
  if (errors.length > 0) return { outcome: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const erased = await erasedPersonErrors(tx, erasedPersonIds, command.responsiblePersonIds, [
      'input',
      'responsiblePersonIds',
    ]);
    if (erased.length > 0) return { outcome: null, userErrors: erased };
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return { outcome: null, userErrors: [managed.error] };
    const conference = managed.conference;
    if (!heldStatuses.includes(conference.status)) {
      return {
        outcome: null,
        userErrors: [
          userError(
            ['input', 'conferenceId'],
            `${conference.title} is ${conference.status.toUpperCase()}; outcomes are recorded once it is HELD or DOCUMENTED.`,
            'CONFERENCE_NOT_HELD',
          ),
        ],
      };
    }
    const outcome = await insertOutcome(tx, {
      conferenceId: conference.id,
      kind: command.kind,
      title: command.title.trim(),
      description: command.description.trim(),
      fieldSlugs: command.fieldsOfAction,
      sdgs: command.sdgs,
      responsiblePersonIds: command.responsiblePersonIds,
      partnerOrganizationIds: command.partnerOrganizationIds,
      nextSteps: command.nextSteps?.trim() ?? null,
      recordedBy: caller.personId,
    });
    await outcomeRecorded(tx, conference, outcome);
    await outcomeCreated(tx, outcome);
    return { outcome, userErrors: [] };
  });
}
