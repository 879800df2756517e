export type Cell = string | number | null;

const quote = (cell: Cell) => {
  // Text that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises for CSV injection.
  const text = cell === null ? '' : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 CSV with a header row; hidden or missing figures are empty cells. */
export const toCsv = (columns: string[], rows: Cell[][]) =>
  `${[columns, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;

export function downloadCsv(name: string, columns: string[], rows: Cell[][]): void {
  const url = URL.createObjectURL(new Blob([`\ufeff${toCsv(columns, rows)}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
