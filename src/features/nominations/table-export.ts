// Exports of the nomination table exactly as shown (filters, sort, visible columns):
// CSV for any spreadsheet (UTF-8 with BOM so Excel reads Vietnamese) and .xlsx.
// Cells that a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised.

export type ExportValue = string | number | boolean;
export interface ExportTable {
  headers: string[];
  rows: ExportValue[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert: a leading apostrophe stops Excel from evaluating it. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function asText(value: ExportValue): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return String(value);
}

export function csvCell(value: ExportValue): string {
  const text = typeof value === 'number' ? String(value) : neutralise(asText(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Writes an .xlsx; the library is loaded only when the officer asks for it. */
export async function toXlsxBlob(table: ExportTable): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = table.rows.map((cells) =>
    // A cell with a line per award ("LĐTT: Được chọn", "CSTĐ cơ sở: …") wraps, so both lines show.
    cells.map((cell) => (typeof cell === 'number' ? { value: cell } : { value: neutralise(asText(cell)), ...(asText(cell).includes('\n') ? { wrap: true } : {}) })),
  );
  const longestLine = (v: ExportValue) => Math.max(...asText(v).split('\n').map((l) => l.length));
  const widths = table.headers.map((h, i) => Math.min(48, Math.max(h.length, ...table.rows.slice(0, 200).map((r) => longestLine(r[i] ?? ''))) + 2));
  return writeExcelFile([header, ...body], { columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
}

export { saveFile as downloadBlob } from '../../ui/save-file';
