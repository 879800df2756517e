import { checkText, type UserError, userError } from '@mitmach/server-kit';

export { checkText };

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An optional text may be absent or null; when given it must fit. */
export function checkOptionalText(
  value: string | null | undefined,
  field: string[],
  label: string,
  max: number,
): UserError[] {
  return value == null ? [] : checkText(value, field, label, 1, max);
}

export function checkFieldSlugs(slugs: readonly string[], field: string[], max: number): UserError[] {
  const malformed = slugs.filter((slug) => !slugPattern.test(slug));
  if (malformed.length > 0) {
    return [
      userError(
        field,
        `Fields of action are slugs such as agriculture-food; not: ${malformed.join(', ')}.`,
        'UNKNOWN_FIELD_OF_ACTION',
      ),
    ];
  }
  if (slugs.length > max) return [userError(field, `At most ${max} fields of action, got ${slugs.length}.`)];
  if (new Set(slugs).size !== slugs.length)
    return [userError(field, 'A field of action is listed twice.', 'DUPLICATE')];
  return [];
}

export function checkSdgs(sdgs: readonly number[], field: string[]): UserError[] {
  const wrong = sdgs.filter((sdg) => !Number.isInteger(sdg) || sdg < 1 || sdg > 17);
  if (wrong.length > 0)
    return [userError(field, `SDGs are numbered 1 to 17; not: ${wrong.join(', ')}.`, 'UNKNOWN_SDG')];
  if (new Set(sdgs).size !== sdgs.length) return [userError(field, 'An SDG is listed twice.', 'DUPLICATE')];
  return [];
}

export function checkIds(ids: readonly string[], field: string[], label: string, max: number): UserError[] {
  if (ids.length > max) return [userError(field, `At most ${max} ${label}, got ${ids.length}.`)];
  if (new Set(ids).size !== ids.length) return [userError(field, `One of the ${label} is listed twice.`, 'DUPLICATE')];
  return [];
}
