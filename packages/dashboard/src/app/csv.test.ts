import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV of a chart', () => {
  it('quotes what needs quoting, leaves hidden cells empty and defuses formulas', () => {
    expect(
      toCsv(
        ['Region', 'Anzahl'],
        [
          ['Bodensee, Oberschwaben', 12],
          ['"Graz"', null],
          ['=1+1', '< 5'],
          ['Saldo', -3],
        ],
      ),
    ).toBe('Region,Anzahl\r\n"Bodensee, Oberschwaben",12\r\n"""Graz""",\r\n\'=1+1,< 5\r\nSaldo,-3\r\n');
  });
});
