import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV as RFC 4180 writes it', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField('<5')).toBe('<5');
    expect(csvField('Energie, Wärme')).toBe('"Energie, Wärme"');
    expect(csvField('der "Bürgerbus"')).toBe('"der ""Bürgerbus"""');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(
      toCsv(
        ['month', 'outcomes'],
        [
          ['2025-01', 3],
          ['2025-02', 0],
        ],
      ),
    ).toBe('month,outcomes\r\n2025-01,3\r\n2025-02,0\r\n');
  });
});
