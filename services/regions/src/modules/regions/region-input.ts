import { type UserError, userError } from '@mitmach/server-kit';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlug(slug: string, field: string[]): UserError[] {
  if (slug.length < 2 || slug.length > 80 || !slugPattern.test(slug)) {
    return [
      userError(field, 'A slug has 2 to 80 lowercase letters, digits and single hyphens, e.g. "hoher-flaeming".'),
    ];
  }
  return [];
}

export function checkText(value: string, field: string[], label: string, min: number, max: number): UserError[] {
  const length = value.trim().length;
  if (length < min || length > max) {
    return [userError(field, `${label} must have ${min} to ${max} characters, it has ${length}.`)];
  }
  return [];
}

export function checkLocation(location: { lat: number; lng: number }, field: string[]): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isFinite(location.lat) || location.lat < -90 || location.lat > 90) {
    errors.push(
      userError([...field, 'lat'], `Latitude must be between -90 and 90, got ${location.lat}.`, 'OUT_OF_RANGE'),
    );
  }
  if (!Number.isFinite(location.lng) || location.lng < -180 || location.lng > 180) {
    errors.push(
      userError([...field, 'lng'], `Longitude must be between -180 and 180, got ${location.lng}.`, 'OUT_OF_RANGE'),
    );
  }
  return errors;
}

export function checkSubdivision(subdivision: string, country: string, field: string[]): UserError[] {
  if (!new RegExp(`^${country}-[A-Z0-9]{1,3}$`).test(subdivision)) {
    return [
      userError(
        field,
        `The subdivision must be an ISO 3166-2 code of ${country}, e.g. ${country}-1, got "${subdivision}".`,
      ),
    ];
  }
  return [];
}

export function checkSdgs(sdgs: readonly number[], field: string[]): UserError[] {
  const wrong = sdgs.filter((sdg) => !Number.isInteger(sdg) || sdg < 1 || sdg > 17);
  return wrong.length > 0
    ? [userError(field, `SDGs are numbered 1 to 17; not: ${wrong.join(', ')}.`, 'UNKNOWN_SDG')]
    : [];
}

export function checkFieldsOfAction(
  given: readonly string[],
  known: ReadonlySet<string>,
  field: string[],
): UserError[] {
  const unknown = given.filter((slug) => !known.has(slug));
  return unknown.length > 0
    ? [userError(field, `Unknown or retired fields of action: ${unknown.join(', ')}.`, 'UNKNOWN_FIELD_OF_ACTION')]
    : [];
}
