import { badUserInput } from '@mitmach/server-kit';
import { type Month, monthOfDate, monthOfInstant, monthsBetween } from '../../read-model/months';

/** What a query counts: whole months, and optionally countries and fields of action. */
export interface Scope {
  firstMonth: Month;
  lastMonth: Month;
  countries: readonly string[] | null;
  fields: readonly string[] | null;
}

/** Before the network began; an open period starts here. */
const historyStart = '2000-01-01';
export const maxMonths = 1200;
const maxFields = 50;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ScopeInput {
  from?: string | null;
  to?: string | null;
  countries?: readonly string[] | null;
  fieldsOfAction?: readonly string[] | null;
}

function distinct(values: readonly string[] | null | undefined): string[] | null {
  return values ? [...new Set(values)].sort() : null;
}

/** Validates a filter and widens its period to whole months; an empty list filters everything out, as asked. */
export function readScope(input: ScopeInput | null | undefined, today = new Date()): Scope {
  const from = input?.from ?? historyStart;
  const to = input?.to ?? today.toISOString().slice(0, 10);
  if (from > to) throw badUserInput(`The period starts (${from}) after it ends (${to}).`, 'from');
  const firstMonth = monthOfDate(from);
  const lastMonth = input?.to ? monthOfDate(to) : monthOfInstant(today);
  if (monthsBetween(firstMonth, lastMonth) >= maxMonths) {
    throw badUserInput(`A period may span at most ${maxMonths} months.`, 'to');
  }
  const fields = distinct(input?.fieldsOfAction);
  if (fields && fields.length > maxFields) {
    throw badUserInput(`At most ${maxFields} fields of action may be given.`, 'fieldsOfAction');
  }
  const wrong = fields?.find((field) => !slug.test(field));
  if (wrong !== undefined) {
    throw badUserInput(
      `"${wrong}" is not a field of action slug (lowercase letters, digits, hyphens).`,
      'fieldsOfAction',
    );
  }
  return { firstMonth, lastMonth, countries: distinct(input?.countries), fields };
}
