import { describe, expect, it } from 'vitest';
import { localDate, zonedInstant } from './zoned-time';

describe('zoned time', () => {
  it('finds the instant of a wall-clock time in winter and in summer', () => {
    expect(zonedInstant('2027-01-16', '10:00', 'Europe/Vienna').toISOString()).toBe('2027-01-16T09:00:00.000Z');
    expect(zonedInstant('2027-06-12', '09:30', 'Europe/Zurich').toISOString()).toBe('2027-06-12T07:30:00.000Z');
  });

  it('settles times next to a daylight-saving switch', () => {
    // On 2027-03-28 the clocks in Berlin jump from 02:00 to 03:00.
    expect(zonedInstant('2027-03-28', '09:30', 'Europe/Berlin').toISOString()).toBe('2027-03-28T07:30:00.000Z');
    expect(zonedInstant('2027-03-27', '23:30', 'Europe/Berlin').toISOString()).toBe('2027-03-27T22:30:00.000Z');
    expect(zonedInstant('2026-10-25', '12:00', 'Europe/Rome').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('gives the calendar date of an instant in a time zone', () => {
    expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-01-01');
    expect(localDate(new Date('2026-12-31T22:30:00Z'), 'Europe/Berlin')).toBe('2026-12-31');
  });
});
