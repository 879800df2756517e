import { type Caller, canManageRegion, hasRole, isPerson, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { PersonRow } from '../../db/schema';
import { personChanged, personCreated, personFieldsChanged } from '../../events/change-events';
import { isUniqueViolation } from '../unique-violation';
import { applyConsent, type ConsentCommand } from './consent';
import {
  emailTaken,
  insertPerson,
  lockPerson,
  type NewPerson,
  personsEmailIndex,
  teamRegionIdsOfPerson,
  updatePersonRow,
} from './people.repository';
import { checkLength, checkPhone } from './person-input';

export interface PersonResult {
  person: PersonRow | null;
  userErrors: UserError[];
}

export interface CreatePersonCommand {
  displayName: string;
  givenName: string;
  familyName: string;
  email: string;
  phone?: string | null;
  sector: PersonRow['sector'];
  regionId?: string | null;
  publicProfileConsent?: ConsentCommand | null;
}

export interface UpdatePersonCommand {
  personId: string;
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  email?: string | null;
  phone?: string | null;
  sector?: PersonRow['sector'] | null;
  regionId?: string | null;
  publicProfileConsent?: ConsentCommand | null;
}

const rejected = (userErrors: UserError[]): PersonResult => ({ person: null, userErrors });
const taken = (email: string) =>
  rejected([userError(['input', 'email'], `Another person already uses the address ${email}.`, 'TAKEN')]);

type PersonFields = Pick<UpdatePersonCommand, 'displayName' | 'givenName' | 'familyName' | 'phone'>;

function checkFields(command: PersonFields): UserError[] {
  return [
    ...(command.displayName != null
      ? checkLength(command.displayName, ['input', 'displayName'], 'The display name', 2, 80)
      : []),
    ...(command.givenName != null
      ? checkLength(command.givenName, ['input', 'givenName'], 'The given name', 1, 80)
      : []),
    ...(command.familyName != null
      ? checkLength(command.familyName, ['input', 'familyName'], 'The family name', 1, 80)
      : []),
    ...(command.phone != null ? checkPhone(command.phone, ['input', 'phone']) : []),
  ];
}

function trimmed<Key extends 'displayName' | 'givenName' | 'familyName' | 'phone'>(
  command: Partial<Record<Key, string | null>>,
  key: Key,
): Partial<Record<Key, string>> {
  const value = command[key];
  return value != null ? ({ [key]: value.trim() } as Partial<Record<Key, string>>) : {};
}

export async function createPerson(db: Db, caller: Caller, command: CreatePersonCommand): Promise<PersonResult> {
  if (!isStaff(caller)) {
    if (!command.regionId || !canManageRegion(caller, command.regionId)) {
      throw forbidden('Only staff, or a regional team for its own region, may add people.');
    }
    if (command.publicProfileConsent) {
      throw forbidden('Consent to a public profile is recorded by the person themself or by staff.');
    }
  }
  const consent = command.publicProfileConsent
    ? applyConsent({ publicProfileConsentedAt: null, publicProfileWithdrawnAt: null }, command.publicProfileConsent)
    : null;
  const errors = [...checkFields(command), ...(consent?.userErrors ?? [])];
  if (errors.length > 0) return rejected(errors);
  const email = command.email.trim();
  const person: NewPerson = {
    displayName: command.displayName.trim(),
    givenName: command.givenName.trim(),
    familyName: command.familyName.trim(),
    email,
    phone: command.phone?.trim() || null,
    sector: command.sector,
    regionId: command.regionId ?? null,
    ...(consent?.state ?? {}),
  };
  try {
    return await db.transaction(async (tx) => {
      if (await emailTaken(tx, email, null)) return taken(email);
      const created = await insertPerson(tx, person);
      await personCreated(tx, created);
      return { person: created, userErrors: [] };
    });
  } catch (error) {
    // Two requests with the same address at once: the unique index decides, the loser gets the same answer.
    if (isUniqueViolation(error, personsEmailIndex)) return taken(email);
    throw error;
  }
}

const teamEditable = ['displayName', 'givenName', 'familyName', 'sector'] as const;

function fieldsBeyondTeamRights(command: UpdatePersonCommand): string[] {
  const touched = [
    command.email != null ? 'email' : null,
    command.phone !== undefined ? 'phone' : null,
    command.regionId !== undefined ? 'regionId' : null,
    command.publicProfileConsent != null ? 'publicProfileConsent' : null,
  ];
  return touched.filter((name): name is string => name !== null);
}

export async function updatePerson(db: Db, caller: Caller, command: UpdatePersonCommand): Promise<PersonResult> {
  const fullRights = isStaff(caller) || isPerson(caller, command.personId);
  if (!fullRights) {
    if (!hasRole(caller, 'regional_team')) {
      throw forbidden('Only the person themself, staff and the regional team may change a person.');
    }
    const beyond = fieldsBeyondTeamRights(command);
    if (beyond.length > 0) {
      throw forbidden(
        `A regional team may change ${teamEditable.join(', ')} only; ${beyond.join(', ')} belong to the person themself and staff.`,
      );
    }
  }
  const errors = checkFields(command);
  if (errors.length > 0) return rejected(errors);
  try {
    return await db.transaction(async (tx) => {
      const current = await lockPerson(tx, command.personId);
      if (!current) {
        return rejected([userError(['input', 'personId'], 'There is no person with this id.', 'NOT_FOUND')]);
      }
      if (!fullRights) {
        const regions = [current.regionId, ...(await teamRegionIdsOfPerson(tx, current.id))];
        if (!regions.some((regionId) => regionId !== null && caller.regionIds.includes(regionId))) {
          throw forbidden('A regional team may change only the people of its own regions.');
        }
      }
      if (current.erasedAt) {
        return rejected([
          userError(['input', 'personId'], 'This person was erased; the record cannot be changed any more.', 'ERASED'),
        ]);
      }
      const email = command.email?.trim();
      if (email && (await emailTaken(tx, email, current.id))) return taken(email);
      const consent = command.publicProfileConsent ? applyConsent(current, command.publicProfileConsent) : null;
      if (consent && consent.userErrors.length > 0) return rejected(consent.userErrors);
      const patch: Partial<NewPerson> = {
        ...trimmed(command, 'displayName'),
        ...trimmed(command, 'givenName'),
        ...trimmed(command, 'familyName'),
        ...(email ? { email } : {}),
        ...(command.phone !== undefined ? { phone: command.phone?.trim() || null } : {}),
        ...(command.sector ? { sector: command.sector } : {}),
        ...(command.regionId !== undefined ? { regionId: command.regionId } : {}),
        ...(consent?.state ?? {}),
      };
      const fields = personFieldsChanged(current, patch as Partial<PersonRow>);
      if (fields.length === 0) return { person: current, userErrors: [] };
      const person = await updatePersonRow(tx, current.id, { ...patch, version: current.version + 1 });
      if (person) await personChanged(tx, current, person, fields);
      return { person, userErrors: [] };
    });
  } catch (error) {
    if (command.email && isUniqueViolation(error, personsEmailIndex)) return taken(command.email);
    throw error;
  }
}

/** The regions whose people a caller may list: null for all (staff), otherwise the team's own regions. */
export function listableRegionIds(caller: Caller, requested: readonly string[] | null | undefined): string[] | null {
  const wanted = requested?.length ? [...new Set(requested)] : null;
  if (isStaff(caller)) return wanted;
  if (!hasRole(caller, 'regional_team') || caller.regionIds.length === 0) {
    throw forbidden('Only staff and regional teams may list people; members see themselves through `me`.');
  }
  const foreign = wanted?.filter((regionId) => !caller.regionIds.includes(regionId)) ?? [];
  if (foreign.length > 0) throw forbidden(`Not a region of your team: ${foreign.join(', ')}.`);
  return wanted ?? [...caller.regionIds];
}
