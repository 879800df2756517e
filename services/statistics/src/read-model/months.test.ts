import { describe, expect, it } from 'vitest';
import { periodsBetween } from '../modules/series/series.service';
import { addMonths, lastDayOf, monthOfDate, monthOfInstant, monthRange } from './months';

describe('months', () => {
  it('puts points in time into the calendar month of Central European time', () => {
    expect(monthOfInstant('2025-01-31T22:30:00Z')).toBe('2025-01-01');
    expect(monthOfInstant('2025-01-31T23:30:00Z')).toBe('2025-02-01');
    expect(monthOfInstant('2025-06-30T22:30:00Z')).toBe('2025-07-01');
    expect(monthOfDate('2025-12-31')).toBe('2025-12-01');
  });

  it('counts months across years and knows the last day of each', () => {
    expect(addMonths('2025-11-01', 3)).toBe('2026-02-01');
    expect(addMonths('2025-01-01', -1)).toBe('2024-12-01');
    expect(monthRange('2024-11-01', '2025-02-01')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(lastDayOf('2024-02-01')).toBe('2024-02-29');
    expect(lastDayOf('2025-02-01')).toBe('2025-02-28');
    expect(lastDayOf('2025-12-01')).toBe('2025-12-31');
  });

  it('widens series periods to whole quarters and years', () => {
    expect(periodsBetween('2025-02-01', '2025-11-01', 'quarter')).toEqual([
      { periodStart: '2025-01-01', lastMonth: '2025-03-01' },
      { periodStart: '2025-04-01', lastMonth: '2025-06-01' },
      { periodStart: '2025-07-01', lastMonth: '2025-09-01' },
      { periodStart: '2025-10-01', lastMonth: '2025-12-01' },
    ]);
    expect(periodsBetween('2024-06-01', '2025-01-01', 'year')).toEqual([
      { periodStart: '2024-01-01', lastMonth: '2024-12-01' },
      { periodStart: '2025-01-01', lastMonth: '2025-12-01' },
    ]);
  });
});
