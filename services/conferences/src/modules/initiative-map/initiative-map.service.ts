import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { InitiativeMapEntryRow } from '../../db/schema';
import { conferencePartChanged } from '../../events/change-events';
import { lockManagedConference, notCancelled, requireConferenceManager } from '../conferences/conference-access';
import { checkFieldSlugs, checkOptionalText } from '../input-checks';
import { insertMapEntry } from './initiative-map.repository';

export interface AddMapEntryCommand {
  conferenceId: string;
  kind: InitiativeMapEntryRow['kind'];
  organizationId?: string | null;
  name?: string | null;
  fieldOfAction?: string | null;
  note?: string | null;
}

export interface MapEntryResult {
  entry: InitiativeMapEntryRow | null;
  userErrors: UserError[];
}

export async function addInitiativeMapEntry(
  db: Db,
  caller: Caller,
  command: AddMapEntryCommand,
): Promise<MapEntryResult> {
  requireConferenceManager(caller);
  const hasOrganization = command.organizationId != null;
  const hasName = command.name != null;
  const errors = [
    ...(hasOrganization === hasName
      ? [userError(['input', 'name'], 'Give either a known organisation (organizationId) or a free name.', 'INVALID')]
      : []),
    ...checkOptionalText(command.name, ['input', 'name'], 'The name', 200),
    ...checkOptionalText(command.note, ['input', 'note'], 'The note', 2000),
    ...(command.fieldOfAction != null ? checkFieldSlugs([command.fieldOfAction], ['input', 'fieldOfAction'], 1) : []),
  ];
  if (errors.length > 0) return { entry: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return { entry: null, userErrors: [managed.error] };
    const cancelled = notCancelled(managed.conference, ['input', 'conferenceId']);
    if (cancelled.length > 0) return { entry: null, userErrors: cancelled };
    const entry = await insertMapEntry(tx, {
      conferenceId: managed.conference.id,
      kind: command.kind,
      organizationId: command.organizationId ?? null,
      name: command.name?.trim() ?? null,
      fieldSlug: command.fieldOfAction ?? null,
      note: command.note?.trim() ?? null,
      createdBy: caller.personId,
    });
    await conferencePartChanged(tx, managed.conference, 'initiativeMap');
    return { entry, userErrors: [] };
  });
}
