import { type Caller, canManageRegion, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { ApplicationRoundRow, ApplicationRow, RegionRow } from '../../db/schema';
import { applicationNotice } from '../../events/application-notices';
import { applicationRoundChanged, regionChanged } from '../../events/change-events';
import { regionCreated, regionStatusChanged } from '../../events/region-events';
import { checkSlug, checkText } from '../regions/region-input';
import {
  fieldsOfActionByRegionIds,
  lockRegion,
  recordStatusChange,
  updateRegionRow,
} from '../regions/regions.repository';
import {
  applicationRoundBySlug,
  applicationRoundsByIds,
  decide,
  findApplication,
  insertApplication,
  insertApplicationRound,
  lockApplication,
  raiseRoundVersion,
} from './application-rounds.repository';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isRoundOpen(round: ApplicationRoundRow, on = today()): boolean {
  return round.opensOn <= on && on <= round.deadline;
}

export async function openApplicationRound(
  db: Db,
  caller: Caller,
  command: { slug: string; title: string; opensOn: string; deadline: string; cohortStartsOn: string },
): Promise<{ applicationRound: ApplicationRoundRow | null; userErrors: UserError[] }> {
  if (!isStaff(caller)) throw forbidden('Only staff may open application rounds.');
  const errors = [
    ...checkSlug(command.slug, ['input', 'slug']),
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...(command.deadline < command.opensOn
      ? [userError(['input', 'deadline'], 'The deadline cannot be before the opening day.', 'INVALID_DATES')]
      : []),
    ...(command.cohortStartsOn <= command.deadline
      ? [userError(['input', 'cohortStartsOn'], 'The cohort starts after the deadline.', 'INVALID_DATES')]
      : []),
  ];
  if (errors.length > 0) return { applicationRound: null, userErrors: errors };
  if (await applicationRoundBySlug(db, command.slug)) {
    return { applicationRound: null, userErrors: [userError(['input', 'slug'], 'The slug is taken.', 'TAKEN')] };
  }
  const applicationRound = await db.transaction(async (tx) => {
    const round = await insertApplicationRound(tx, { ...command, title: command.title.trim() });
    await applicationRoundChanged(tx, round, 'created');
    return round;
  });
  return { applicationRound, userErrors: [] };
}

export interface ApplicationResult {
  application: ApplicationRow | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): ApplicationResult => ({ application: null, userErrors });

export async function submitApplication(
  db: Db,
  caller: Caller,
  command: { roundId: string; regionId: string; motivation: string },
): Promise<ApplicationResult> {
  if (!canManageRegion(caller, command.regionId)) {
    throw forbidden("Only staff and the region's own team may apply for a region.");
  }
  const textErrors = checkText(command.motivation, ['input', 'motivation'], 'The motivation', 20, 4000);
  if (textErrors.length > 0) return rejected(textErrors);
  return db.transaction(async (tx) => {
    const [round] = await applicationRoundsByIds(tx, [command.roundId]);
    if (!round)
      return rejected([userError(['input', 'roundId'], 'There is no application round with this id.', 'NOT_FOUND')]);
    if (!isRoundOpen(round)) {
      return rejected([
        userError(
          ['input', 'roundId'],
          `${round.title} takes applications from ${round.opensOn} to ${round.deadline}.`,
          'ROUND_CLOSED',
        ),
      ]);
    }
    const region = await lockRegion(tx, command.regionId);
    if (!region) return rejected([userError(['input', 'regionId'], 'There is no region with this id.', 'NOT_FOUND')]);
    if (region.status !== 'applied') {
      return rejected([
        userError(
          ['input', 'regionId'],
          `${region.name} is ${region.status.toUpperCase()}; only APPLIED regions apply.`,
          'NOT_APPLYING',
        ),
      ]);
    }
    if (await findApplication(tx, round.id, region.id)) {
      return rejected([userError(['input', 'regionId'], `${region.name} has applied in this round already.`, 'TAKEN')]);
    }
    const application = await insertApplication(tx, {
      roundId: round.id,
      regionId: region.id,
      submittedOn: today(),
      motivation: command.motivation.trim(),
    });
    await applicationRoundChanged(tx, await raiseRoundVersion(tx, round.id), 'updated', ['applicationCount']);
    return { application, userErrors: [] };
  });
}

export async function decideApplication(
  db: Db,
  caller: Caller,
  command: { applicationId: string; decision: ApplicationRow['decision'] },
): Promise<ApplicationResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may decide on applications.');
  const decision = command.decision;
  if (decision === 'pending') {
    return rejected([userError(['input', 'decision'], 'Decide ACCEPTED or REJECTED.', 'INVALID')]);
  }
  return db.transaction(async (tx) => {
    const current = await lockApplication(tx, command.applicationId);
    if (!current) {
      return rejected([userError(['input', 'applicationId'], 'There is no application with this id.', 'NOT_FOUND')]);
    }
    if (current.decision !== 'pending') {
      return rejected([
        userError(['input', 'applicationId'], `The application was ${current.decision} already.`, 'ALREADY_DECIDED'),
      ]);
    }
    const application = await decide(tx, current.id, decision, today(), caller.personId);
    const region = await lockRegion(tx, current.regionId);
    if (decision === 'accepted' && region?.status === 'applied') await acceptRegion(tx, region, caller);
    if (current.applicantId && region) {
      const [round] = await applicationRoundsByIds(tx, [current.roundId]);
      await applicationNotice(tx, {
        kind: decision,
        applicantId: current.applicantId,
        applicationId: current.id,
        regionId: region.id,
        roundTitle: round?.title ?? null,
        regionName: region.name,
        country: region.country as 'DE' | 'AT' | 'CH' | 'IT',
      });
    }
    return { application, userErrors: [] };
  });
}

/**
 * Moves an accepted region on. A region that applied without an account was hidden and unknown outside this service:
 * it enters public view now, announced as created with its new status rather than as a change of status.
 */
async function acceptRegion(tx: Db, region: RegionRow, caller: Caller): Promise<void> {
  const accepted = await updateRegionRow(tx, region.id, {
    status: 'accepted',
    hidden: false,
    version: region.version + 1,
  });
  if (accepted && region.hidden) {
    const fields = await fieldsOfActionByRegionIds(tx, [region.id]);
    await regionCreated(
      tx,
      accepted,
      fields.map((row) => row.field.slug),
    );
    await regionChanged(tx, accepted, 'created');
  } else if (accepted) {
    await regionStatusChanged(tx, accepted, 'applied');
    await regionChanged(tx, accepted, 'status_changed', ['status']);
  }
  await recordStatusChange(tx, {
    regionId: region.id,
    from: 'applied',
    to: 'accepted',
    note: 'application accepted',
    changedBy: caller.personId,
  });
}
