import { type UserError, userError } from '@mitmach/server-kit';
import type { OrganizationRow } from '../../db/schema';
import { checkLength } from '../people/person-input';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxFieldsOfAction = 10;
export const maxSupporters = 20;

export interface OrganizationFields {
  name?: string | null;
  kind?: OrganizationRow['kind'] | null;
  description?: string | null;
  fieldsOfAction?: readonly string[] | null;
  supportedByIds?: readonly string[] | null;
}

export function checkOrganizationFields(fields: OrganizationFields): UserError[] {
  const errors: UserError[] = [];
  if (fields.name != null) errors.push(...checkLength(fields.name, ['input', 'name'], 'The name', 2, 160));
  if (fields.description != null) {
    errors.push(...checkLength(fields.description, ['input', 'description'], 'The description', 0, 2000));
  }
  // The taxonomy lives in the regions subgraph; this subgraph can only check that a value has the shape of a slug.
  const fieldSlugs = fields.fieldsOfAction ?? [];
  const malformed = fieldSlugs.filter((slug) => !slugPattern.test(slug));
  if (malformed.length > 0) {
    errors.push(
      userError(['input', 'fieldsOfAction'], `Not a field-of-action slug: ${malformed.join(', ')}.`, 'INVALID'),
    );
  } else if (new Set(fieldSlugs).size > maxFieldsOfAction) {
    errors.push(userError(['input', 'fieldsOfAction'], `At most ${maxFieldsOfAction} fields of action.`, 'INVALID'));
  }
  if (new Set(fields.supportedByIds ?? []).size > maxSupporters) {
    errors.push(userError(['input', 'supportedByIds'], `At most ${maxSupporters} supporting organisations.`));
  }
  return errors;
}

export function onlyInitiativesAreSupported(): UserError {
  return userError(
    ['input', 'supportedByIds'],
    'Only initiatives have supporting organisations (Trägerorganisationen).',
    'ONLY_INITIATIVES',
  );
}
