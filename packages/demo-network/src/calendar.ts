import type { AttendanceMode } from './turnout';

/** The demo's "today": what lies before it has happened, what lies after it is planned. */
export const demoToday = '2026-11-26';

/** A calendar date (YYYY-MM-DD) some days later or, for negative days, earlier. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Saturday on or after a date: regions meet on Saturdays, when people who work can come. */
export function saturdayFrom(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, (6 - weekday + 7) % 7);
}

// 2020 and 2021 were pandemic years: conferences then also streamed their plenary sessions.
export const attendanceModeOn = (date: string): AttendanceMode =>
  date >= '2020-03-01' && date < '2022-01-01' ? 'hybrid' : 'in_person';
