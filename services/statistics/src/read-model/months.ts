/** Months are keyed by their first day, `YYYY-MM-01`. */
export type Month = string;

// The network lives in Central European time: an event at 23:30 UTC on 31 January belongs to February.
const networkTimeZone = 'Europe/Berlin';
const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: networkTimeZone, year: 'numeric', month: '2-digit' });

export function monthOfDate(date: string): Month {
  return `${date.slice(0, 7)}-01`;
}

export function monthOfInstant(instant: string | Date): Month {
  const parts = monthFormat.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const year = parts.find((part) => part.type === 'year')?.value;
  const month = parts.find((part) => part.type === 'month')?.value;
  return `${year}-${month}-01`;
}

export function addMonths(month: Month, count: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function monthsBetween(first: Month, last: Month): number {
  return (
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7))
  );
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: Month, last: Month): Month[] {
  return Array.from({ length: Math.max(0, monthsBetween(first, last) + 1) }, (_, index) => addMonths(first, index));
}

/** The last day of a month, `YYYY-MM-DD`. */
export function lastDayOf(month: Month): string {
  const next = addMonths(month, 1);
  const day = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0)).getUTCDate();
  return `${month.slice(0, 8)}${String(day).padStart(2, '0')}`;
}
