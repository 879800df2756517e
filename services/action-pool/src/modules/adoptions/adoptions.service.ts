import { type Caller, canManageRegion, hasRole, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { AdoptionRow, AdoptionStatus, NewAdoption } from '../../db/schema';
import { adoptionChanged } from '../../events/action-pool-events';
import { adoptionChangedEvent, adoptionFieldsChanged } from '../../events/change-events';
import { actionVisibility, canSeeAction } from '../actions/action-visibility';
import { lockAction } from '../actions/actions.repository';
import { canTransition, startingStatuses } from './adoption-status';
import { insertAdoption, lockAdoption, openAdoptionOf, updateAdoptionRow } from './adoptions.repository';

export interface AdoptionResult {
  adoption: AdoptionRow | null;
  userErrors: UserError[];
}

export interface AdoptActionCommand {
  actionId: string;
  regionId: string;
  status?: AdoptionStatus | null;
  startedOn?: string | null;
  note?: string | null;
}

export interface UpdateAdoptionCommand {
  adoptionId: string;
  status?: AdoptionStatus | null;
  startedOn?: string | null;
  completedOn?: string | null;
  note?: string | null;
}

const maxNoteLength = 2000;

const rejected = (userErrors: UserError[]): AdoptionResult => ({ adoption: null, userErrors });

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkNote(note: string | null | undefined): UserError[] {
  return note != null && note.trim().length > maxNoteLength
    ? [userError(['input', 'note'], `The note has at most ${maxNoteLength} characters.`)]
    : [];
}

export async function adoptAction(db: Db, caller: Caller, command: AdoptActionCommand): Promise<AdoptionResult> {
  if (!canManageRegion(caller, command.regionId)) {
    throw forbidden("Only staff and the adopting region's own team may start an action for a region.");
  }
  const status = command.status ?? 'planned';
  const errors = [
    ...(startingStatuses.includes(status)
      ? []
      : [userError(['input', 'status'], 'A new adoption starts as PLANNED or IN_PROGRESS.')]),
    ...checkNote(command.note),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    // Locking the action serialises adoptions of it, so two requests cannot both pass the open-adoption check.
    const action = await lockAction(tx, command.actionId);
    if (!action || !canSeeAction(actionVisibility(caller), action)) {
      return rejected([userError(['input', 'actionId'], 'There is no action with this id.', 'NOT_FOUND')]);
    }
    if (action.status !== 'published') {
      return rejected([
        userError(
          ['input', 'actionId'],
          `Only published actions can be adopted; this one is ${action.status.toUpperCase()}.`,
          'NOT_PUBLISHED',
        ),
      ]);
    }
    if (action.originRegionId === command.regionId) {
      return rejected([
        userError(['input', 'regionId'], 'The action comes from this region; it cannot adopt it.', 'ORIGIN_REGION'),
      ]);
    }
    if (await openAdoptionOf(tx, action.id, command.regionId)) {
      return rejected([
        userError(
          ['input', 'regionId'],
          'The region already has a planned or running adoption of this action.',
          'ALREADY_ADOPTED',
        ),
      ]);
    }
    const adoption = await insertAdoption(tx, {
      actionId: action.id,
      regionId: command.regionId,
      status,
      startedOn: command.startedOn ?? today(),
      note: command.note?.trim() || null,
      createdBy: caller.personId,
    });
    await adoptionChanged(tx, adoption);
    await adoptionChangedEvent(tx, adoption, 'created');
    return { adoption, userErrors: [] };
  });
}

/** The adoption's dates after the change, or what is wrong with them. */
function nextDates(
  current: AdoptionRow,
  status: AdoptionStatus,
  command: UpdateAdoptionCommand,
): { startedOn: string; completedOn: string | null } | UserError {
  const startedOn = command.startedOn ?? current.startedOn;
  if (status !== 'implemented') {
    return command.completedOn
      ? userError(['input', 'completedOn'], 'Only an IMPLEMENTED adoption has a completion date.')
      : { startedOn, completedOn: null };
  }
  const completedOn = command.completedOn ?? current.completedOn ?? today();
  return completedOn < startedOn
    ? userError(['input', 'completedOn'], `The completion date ${completedOn} lies before the start ${startedOn}.`)
    : { startedOn, completedOn };
}

export async function updateAdoption(db: Db, caller: Caller, command: UpdateAdoptionCommand): Promise<AdoptionResult> {
  const forbiddenMessage = "Only staff and the adopting region's own team may change an adoption.";
  if (!isStaff(caller) && !hasRole(caller, 'regional_team')) throw forbidden(forbiddenMessage);
  const noteErrors = checkNote(command.note);
  if (noteErrors.length > 0) return rejected(noteErrors);
  return db.transaction(async (tx) => {
    const current = await lockAdoption(tx, command.adoptionId);
    if (!current) {
      return rejected([userError(['input', 'adoptionId'], 'There is no adoption with this id.', 'NOT_FOUND')]);
    }
    if (!canManageRegion(caller, current.regionId)) throw forbidden(forbiddenMessage);
    const status = command.status ?? current.status;
    if (status !== current.status && !canTransition(current.status, status)) {
      return rejected([
        userError(
          ['input', 'status'],
          `An adoption cannot move from ${current.status.toUpperCase()} to ${status.toUpperCase()}.`,
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    const dates = nextDates(current, status, command);
    if ('code' in dates) return rejected([dates]);
    const patch: Partial<NewAdoption> = {
      status,
      ...dates,
      ...(command.note !== undefined ? { note: command.note?.trim() || null } : {}),
    };
    const fields = adoptionFieldsChanged(current, patch);
    if (fields.length === 0) return { adoption: current, userErrors: [] };
    const adoption = await updateAdoptionRow(tx, current.id, { ...patch, version: current.version + 1 });
    if (!adoption) throw new Error(`adoption ${current.id} vanished while it was locked`);
    // Read models count adoptions by status and dates; a change of the note alone is no news for them.
    if (fields.some((field) => field !== 'note')) await adoptionChanged(tx, adoption);
    await adoptionChangedEvent(tx, adoption, fields.includes('status') ? 'status_changed' : 'updated', fields);
    return { adoption, userErrors: [] };
  });
}
