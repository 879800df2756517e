import { describe, expect, it } from 'vitest';
import { diversityIndex, hiddenSectors, type Sector, sectorBreakdown } from './suppression';

const counts = (entries: Partial<Record<Sector, number>>) => new Map(Object.entries(entries) as [Sector, number][]);

describe('the diversity index (normalised Shannon evenness over seven sectors)', () => {
  it('is 0 for a single sector, 1 for seven equal sectors, null without anyone', () => {
    expect(diversityIndex([9, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(diversityIndex([3, 3, 3, 3, 3, 3, 3])).toBeCloseTo(1, 12);
    expect(diversityIndex([0, 0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it('is ln 2 / ln 7 for two equal sectors', () => {
    expect(diversityIndex([10, 10, 0, 0, 0, 0, 0])).toBeCloseTo(Math.log(2) / Math.log(7), 12);
  });
});

describe('hiding small counts of people', () => {
  it('hides every count under 5', () => {
    const hidden = hiddenSectors(
      counts({ civil_society: 20, politics: 4, administration: 5, business: 0, science: 7, education: 6, other: 1 }),
    );
    expect([...hidden].sort()).toEqual(['business', 'other', 'politics']);
  });

  it('also hides the next smallest count when only one count would be hidden, so the total cannot reveal it', () => {
    const hidden = hiddenSectors(
      counts({ civil_society: 20, politics: 2, administration: 9, business: 6, science: 7, education: 8, other: 5 }),
    );
    expect([...hidden].sort()).toEqual(['other', 'politics']);
  });

  it('does not hide more when the only small count is zero', () => {
    const hidden = hiddenSectors(
      counts({ civil_society: 20, politics: 0, administration: 9, business: 6, science: 7, education: 8, other: 5 }),
    );
    expect([...hidden]).toEqual(['politics']);
  });

  it('shows exact counts, shares and the index to staff and reporting', () => {
    const breakdown = sectorBreakdown(counts({ civil_society: 3, politics: 1 }), true);
    expect(breakdown.total).toBe(4);
    expect(breakdown.bySector[0]).toEqual({
      sector: 'civil_society',
      count: { value: 3, fewerThan: null },
      share: 0.75,
    });
    expect(breakdown.diversityIndex).toBeCloseTo(diversityIndex([3, 1, 0, 0, 0, 0, 0]) as number, 12);
  });

  it('gives hidden counts no share and withholds the index while hidden counts hold anyone', () => {
    const breakdown = sectorBreakdown(counts({ civil_society: 10, politics: 3 }), false);
    expect(breakdown.bySector[0]).toEqual({
      sector: 'civil_society',
      count: { value: 10, fewerThan: null },
      share: 10 / 13,
    });
    expect(breakdown.bySector[1]).toEqual({ sector: 'politics', count: { value: null, fewerThan: 5 }, share: null });
    expect(breakdown.diversityIndex).toBeNull();
    expect(sectorBreakdown(counts({ civil_society: 10 }), false).diversityIndex).toBe(0);
  });
});
