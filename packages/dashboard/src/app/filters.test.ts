import { describe, expect, it } from 'vitest';
import { currentYear, previousPeriodOf, readFilters, statisticsFilter, writeFilters } from './filters';

describe('the filters in the URL', () => {
  it('read what a shared link says and write it back the same', () => {
    const filters = readFilters('?from=2024&to=2025&country=AT&field=energy&lang=en');
    expect(filters).toEqual({ fromYear: 2024, toYear: 2025, country: 'AT', field: 'energy', lang: 'en' });
    expect(writeFilters(filters)).toBe('?from=2024&to=2025&country=AT&field=energy&lang=en');
    expect(statisticsFilter(filters)).toEqual({
      from: '2024-01-01',
      to: '2025-12-31',
      countries: ['AT'],
      fieldsOfAction: ['energy'],
    });
  });

  it('fall back to the whole network for anything they do not know', () => {
    expect(readFilters('?from=1900&to=3000&country=FR&field=%3Cscript%3E&lang=fr')).toEqual({
      fromYear: 2019,
      toYear: currentYear,
      country: null,
      field: null,
      lang: 'de',
    });
    expect(readFilters('?from=2025&to=2020')).toMatchObject({ fromYear: 2020, toYear: 2020 });
  });

  it('compare with the period of the same length just before', () => {
    expect(previousPeriodOf({ fromYear: 2024, toYear: 2025 })).toEqual({ from: '2022-01-01', to: '2023-12-31' });
    expect(previousPeriodOf({ fromYear: 2025, toYear: 2025 })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});
