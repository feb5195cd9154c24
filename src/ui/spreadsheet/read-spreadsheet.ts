// Reads the file the officer picked (.xlsx or .csv) into rows of cells, with a Vietnamese
// message for every way it can fail. The .xlsx reader is loaded only when used. Shared by the
// register's import and the award ledger's; `sheet` says which header marks the sheet to read.
import { DomainError } from '../../domain/errors';
import { detectHeader, type SheetFields, type SheetRows } from '../../domain/register-import-columns';
import { decodeText, parseCsv } from '../../lib/csv';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const fail = (message: string) => new DomainError('file', message);

export interface ReadSheet {
  sheetName: string;
  rows: SheetRows;
}

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

const XLSX_ERRORS: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED: 'Đây là tệp Excel đời cũ (.xls). Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) dạng “Excel Workbook (.xlsx)” rồi nhập lại.',
  INVALID_ZIP: 'Tệp có đuôi .xlsx nhưng nội dung bị hỏng hoặc không phải tệp Excel. Hãy mở thử bằng Excel và lưu lại.',
  FILE_NOT_SUPPORTED: 'Tệp này không phải tệp Excel (.xlsx). Hãy chọn tệp .xlsx hoặc .csv.',
  NO_DATA: 'Tệp trống, không có dữ liệu.',
};

const nonEmpty = (rows: SheetRows) => rows.some((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));

async function readXlsx(file: Blob, sheet?: SheetFields<string>): Promise<ReadSheet> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: SheetRows }[];
  try {
    sheets = (await readXlsxFile(file)) as unknown as { sheet: string; data: SheetRows }[];
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw fail(XLSX_ERRORS[code] ?? 'Không đọc được tệp Excel này. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.');
  }
  const withData = sheets.filter((s) => nonEmpty(s.data));
  const chosen = withData.find((s) => detectHeader(s.data, sheet)) ?? withData[0];
  if (!chosen) throw fail('Các trang tính trong tệp đều trống. Hãy kiểm tra lại tệp (có thể dữ liệu nằm ở tệp khác).');
  return { sheetName: chosen.sheet, rows: chosen.data };
}

/** Reads an .xlsx or .csv file; throws DomainError('file') with a Vietnamese message. */
export async function readSpreadsheet(file: Blob, name: string, sheet?: SheetFields<string>): Promise<ReadSheet> {
  const ext = extensionOf(name);
  if (file.size === 0) throw fail(`Tệp “${name}” trống (0 byte). Hãy chọn lại đúng tệp danh sách.`);
  if (file.size > MAX_FILE_BYTES) throw fail('Tệp lớn hơn 20 MB. Hãy xoá bớt các trang tính không cần rồi thử lại.');
  if (ext === 'xls') throw fail(XLSX_ERRORS.XLS_FILE_NOT_SUPPORTED ?? '');
  if (ext === 'xlsx') return readXlsx(file, sheet);
  if (ext === 'csv' || ext === 'txt') {
    const rows = parseCsv(decodeText(new Uint8Array(await file.arrayBuffer())));
    if (!nonEmpty(rows)) throw fail('Tệp CSV không có dữ liệu.');
    return { sheetName: name, rows };
  }
  throw fail(`Không nhận tệp “${name}”. Chỉ nhập được tệp Excel (.xlsx) hoặc .csv.`);
}

/** A sheet ready for the mapping step: its rows, the header's titles, where the data starts. */
export interface LoadedSheet {
  fileName: string;
  rows: SheetRows;
  titles: string[];
  dataStart: number;
}

/**
 * The first step of every import (the register, the ledger, the year's ratings): read the file and
 * find its header row; `noHeader` says, in the import's own words, what header was looked for.
 */
export async function loadSheet(file: File, noHeader: string, sheet?: SheetFields<string>): Promise<LoadedSheet> {
  const read = await readSpreadsheet(file, file.name, sheet);
  const header = detectHeader(read.rows, sheet);
  if (!header) throw fail(noHeader);
  return { fileName: file.name, rows: read.rows, titles: header.titles, dataStart: header.dataStart };
}
