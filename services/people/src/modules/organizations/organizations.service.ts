import { type Caller, canManageRegion, hasRole, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { OrganizationRow } from '../../db/schema';
import { organizationChanged, organizationFieldsChanged } from '../../events/change-events';
import { isUniqueViolation } from '../unique-violation';
import { checkOrganizationFields, onlyInitiativesAreSupported } from './organization-input';
import {
  existingOrganizationIds,
  fieldSlugsByOrganizationIds,
  insertOrganization,
  lockOrganization,
  type NewOrganization,
  organizationNameIndex,
  organizationNameTaken,
  replaceFieldsOfAction,
  replaceSupporters,
  supporterCount,
  supportersByOrganizationIds,
  updateOrganizationRow,
} from './organizations.repository';

export interface OrganizationResult {
  organization: OrganizationRow | null;
  userErrors: UserError[];
}

export interface CreateOrganizationCommand {
  name: string;
  kind: OrganizationRow['kind'];
  regionId?: string | null;
  description?: string | null;
  website?: string | null;
  fieldsOfAction?: string[] | null;
  supportedByIds?: string[] | null;
}

export interface UpdateOrganizationCommand {
  organizationId: string;
  name?: string | null;
  kind?: OrganizationRow['kind'] | null;
  regionId?: string | null;
  description?: string | null;
  website?: string | null;
  fieldsOfAction?: string[] | null;
  supportedByIds?: string[] | null;
}

const rejected = (userErrors: UserError[]): OrganizationResult => ({ organization: null, userErrors });
const nameTaken = (name: string) =>
  rejected([userError(['input', 'name'], `An organisation named "${name}" already exists there.`, 'TAKEN')]);

async function checkSupporters(db: Db, supporterIds: readonly string[], selfId: string | null): Promise<UserError[]> {
  if (selfId && supporterIds.includes(selfId)) {
    return [userError(['input', 'supportedByIds'], 'An organisation cannot support itself.')];
  }
  const found = await existingOrganizationIds(db, supporterIds);
  const missing = supporterIds.filter((id) => !found.has(id));
  return missing.length > 0
    ? [userError(['input', 'supportedByIds'], `No organisation has the id ${missing.join(', ')}.`, 'NOT_FOUND')]
    : [];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

const emptyToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export async function createOrganization(
  db: Db,
  caller: Caller,
  command: CreateOrganizationCommand,
): Promise<OrganizationResult> {
  if (!isStaff(caller) && !(command.regionId && canManageRegion(caller, command.regionId))) {
    throw forbidden('Only staff, or a regional team for its own region, may add organisations.');
  }
  const supporterIds = [...new Set(command.supportedByIds ?? [])];
  const errors = [
    ...checkOrganizationFields(command),
    ...(supporterIds.length > 0 && command.kind !== 'initiative' ? [onlyInitiativesAreSupported()] : []),
  ];
  if (errors.length > 0) return rejected(errors);
  const name = command.name.trim();
  try {
    return await db.transaction(async (tx) => {
      if (await organizationNameTaken(tx, command.regionId ?? null, name, null)) return nameTaken(name);
      const supporterErrors = await checkSupporters(tx, supporterIds, null);
      if (supporterErrors.length > 0) return rejected(supporterErrors);
      const organization = await insertOrganization(tx, {
        name,
        kind: command.kind,
        regionId: command.regionId ?? null,
        description: emptyToNull(command.description),
        website: command.website ?? null,
      });
      await replaceFieldsOfAction(tx, organization.id, command.fieldsOfAction ?? []);
      await replaceSupporters(tx, organization.id, supporterIds);
      await organizationChanged(tx, organization, 'created');
      return { organization, userErrors: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error, organizationNameIndex)) return nameTaken(name);
    throw error;
  }
}

export async function updateOrganization(
  db: Db,
  caller: Caller,
  command: UpdateOrganizationCommand,
): Promise<OrganizationResult> {
  const staff = isStaff(caller);
  const movesTo = command.regionId;
  if (!staff) {
    if (!hasRole(caller, 'regional_team')) throw forbidden('Only staff and regional teams may change organisations.');
    if (movesTo === null || (movesTo !== undefined && !canManageRegion(caller, movesTo))) {
      throw forbidden('A regional team may move an organisation only to another of its own regions.');
    }
  }
  const supporterIds = command.supportedByIds ? [...new Set(command.supportedByIds)] : null;
  const errors = checkOrganizationFields(command);
  if (errors.length > 0) return rejected(errors);
  const name = command.name?.trim();
  let finalName = name ?? '';
  try {
    return await db.transaction(async (tx) => {
      const current = await lockOrganization(tx, command.organizationId);
      if (!current) {
        return rejected([
          userError(['input', 'organizationId'], 'There is no organisation with this id.', 'NOT_FOUND'),
        ]);
      }
      if (!staff && !(current.regionId && canManageRegion(caller, current.regionId))) {
        throw forbidden('A regional team may change only the organisations of its own regions.');
      }
      const regionId = movesTo !== undefined ? movesTo : current.regionId;
      finalName = name ?? current.name;
      if ((name || movesTo !== undefined) && (await organizationNameTaken(tx, regionId, finalName, current.id))) {
        return nameTaken(finalName);
      }
      const kind = command.kind ?? current.kind;
      const supported = supporterIds ? supporterIds.length > 0 : (await supporterCount(tx, current.id)) > 0;
      if (kind !== 'initiative' && supported) return rejected([onlyInitiativesAreSupported()]);
      const lists: ('supportedBy' | 'fieldsOfAction')[] = [];
      if (supporterIds) {
        const supporterErrors = await checkSupporters(tx, supporterIds, current.id);
        if (supporterErrors.length > 0) return rejected(supporterErrors);
        const before = (await supportersByOrganizationIds(tx, [current.id])).map((row) => row.supporter.id);
        if (!sameSet(before, supporterIds)) {
          await replaceSupporters(tx, current.id, supporterIds);
          lists.push('supportedBy');
        }
      }
      if (command.fieldsOfAction) {
        const before = (await fieldSlugsByOrganizationIds(tx, [current.id])).map((row) => row.fieldSlug);
        if (!sameSet(before, command.fieldsOfAction)) {
          await replaceFieldsOfAction(tx, current.id, command.fieldsOfAction);
          lists.push('fieldsOfAction');
        }
      }
      const patch: Partial<NewOrganization> = {
        ...(name ? { name } : {}),
        ...(command.kind ? { kind: command.kind } : {}),
        ...(movesTo !== undefined ? { regionId: movesTo } : {}),
        ...(command.description !== undefined ? { description: emptyToNull(command.description) } : {}),
        ...(command.website !== undefined ? { website: command.website } : {}),
      };
      const fields = [...organizationFieldsChanged(current, patch), ...lists];
      if (fields.length === 0) return { organization: current, userErrors: [] };
      const organization = await updateOrganizationRow(tx, current.id, { ...patch, version: current.version + 1 });
      if (organization) await organizationChanged(tx, organization, 'updated', fields);
      return { organization, userErrors: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error, organizationNameIndex)) return nameTaken(finalName);
    throw error;
  }
}
