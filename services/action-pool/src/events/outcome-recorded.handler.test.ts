import { describe, expect, it } from 'vitest';
import { limits } from '../modules/actions/action-input';
import { draftSummary, shorten } from './outcome-recorded.handler';

describe('the summary of a draft made from an outcome', () => {
  it('is the outcome’s description when that is long enough', () => {
    const description = 'Ehrenamtliche reparieren einmal im Monat mit Besucher:innen Geräte im Pfarrsaal.';
    expect(draftSummary({ kind: 'action', title: 'Repair-Café', description })).toBe(description);
  });

  it('names the kind of outcome and its title when the description is empty or short', () => {
    expect(draftSummary({ kind: 'cooperation', title: 'Regionalwert AG', description: '' })).toBe(
      'Kooperation aus einer Konferenz der Region: Regionalwert AG.',
    );
    expect(draftSummary({ kind: 'project', title: 'Hofladenkarte!', description: ' Karte  drucken. ' })).toBe(
      'Projekt aus einer Konferenz der Region: Hofladenkarte! Karte drucken.',
    );
    expect(draftSummary({ kind: 'idea', title: 'X', description: '' }).length).toBeGreaterThanOrEqual(
      limits.summary[0],
    );
  });

  it('cuts a long description at a word boundary within the summary’s limit', () => {
    const summary = draftSummary({ kind: 'idea', title: 'Lang', description: 'Wort '.repeat(200) });
    expect(summary.length).toBeLessThanOrEqual(limits.summary[1]);
    expect(summary).toMatch(/Wort…$/);
    expect(shorten('a'.repeat(500), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
