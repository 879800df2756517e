import { type UserError, userError } from '@mitmach/server-kit';

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,23}[0-9]$/;

export function checkLength(value: string, field: string[], label: string, min: number, max: number): UserError[] {
  const length = value.trim().length;
  if (length < min || length > max) {
    return [userError(field, `${label} must have ${min} to ${max} characters, it has ${length}.`)];
  }
  return [];
}

export function checkPhone(phone: string, field: string[]): UserError[] {
  return phonePattern.test(phone.trim())
    ? []
    : [userError(field, `"${phone}" is not a phone number: use digits, spaces and + ( ) / -, e.g. +49 30 1234567.`)];
}

// A form signed "now" on a device whose clock runs slightly ahead must not be refused.
const clockTolerance = 60_000;

export function checkNotInFuture(at: Date, field: string[], label: string, now = new Date()): UserError[] {
  return at.getTime() > now.getTime() + clockTolerance ? [userError(field, `${label} cannot lie in the future.`)] : [];
}

export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase();
}
