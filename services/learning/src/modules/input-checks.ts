import { checkText, type UserError, userError } from '@mitmach/server-kit';

export { checkText };

export function checkOptionalText(
  value: string | null | undefined,
  field: string[],
  label: string,
  min: number,
  max: number,
): UserError[] {
  return value != null ? checkText(value, field, label, min, max) : [];
}

export function checkInteger(
  value: number | null | undefined,
  field: string[],
  label: string,
  min: number,
  max: number,
): UserError[] {
  if (value == null) return [];
  if (!Number.isInteger(value) || value < min || value > max) {
    return [userError(field, `${label} must be a whole number from ${min} to ${max}, got ${value}.`, 'OUT_OF_RANGE')];
  }
  return [];
}

export function notFoundError(field: string[], what: string): UserError {
  return userError(field, `There is no ${what} with this id.`, 'NOT_FOUND');
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Patch entries only for the fields a caller gave; null counts as "leave as it is", like an absent field. */
export function given<Key extends string, Value>(
  key: Key,
  value: Value | null | undefined,
): { [Field in Key]?: NonNullable<Value> } {
  return (value != null ? { [key]: value } : {}) as { [Field in Key]?: NonNullable<Value> };
}
