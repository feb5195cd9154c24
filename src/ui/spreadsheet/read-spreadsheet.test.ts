// Fixture spreadsheets are made here with write-excel-file, then read back as the app does.
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { readSpreadsheet } from './read-spreadsheet';
import { detectHeader, guessMapping } from '../../domain/register-import-columns';
import { dryRun } from '../../domain/register-import';

async function xlsx(data: SheetData): Promise<Blob> {
  return writeXlsxFile(data).toBlob();
}

describe('reading spreadsheets', () => {
  it('reads a staff sheet with a title, merged header, dates and a legacy-encoded name', async () => {
    const blob = await xlsx([
      [{ value: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC', columnSpan: 5 }, null, null, null, null],
      ['TT', 'Họ và tên', { value: 'Ngày sinh', columnSpan: 2 }, null, 'Chức vụ'],
      [null, null, 'Nam', 'Nữ', null],
      [1, 'Nguyễn Văn An', { value: new Date(Date.UTC(1980, 0, 2)), type: Date, format: 'dd/mm/yyyy' }, null, 'Chủ tịch'],
      [2, 'TrÇn ThÞ B×nh', null, '15/08/1992', 'Văn thư'],
      [3, { type: 'Formula' as const, value: '=1+1' }, null, null, 'Công thức'],
    ]);
    const sheet = await readSpreadsheet(blob, 'ds.xlsx');
    const header = detectHeader(sheet.rows);
    expect(header?.titles.slice(1, 4)).toEqual(['Họ và tên', 'Ngày sinh Nam', 'Ngày sinh Nữ']);
    const result = dryRun({ rows: sheet.rows, dataStart: header?.dataStart ?? 0, mapping: guessMapping(header?.titles ?? []), defaults: { kind: 'can-bo' }, existingPeople: [], existingUnits: [] });
    expect(result.created.map((c) => [c.person.fullName, c.person.gender, c.person.dateOfBirth])).toEqual([
      ['Nguyễn Văn An', 'nam', '1980-01-02'],
      ['Trần Thị Bình', 'nu', '1992-08-15'],
    ]);
    expect(result.conversions).toHaveLength(1);
    // A formula without a saved result reads as an empty name: the row is skipped, not imported as "=1+1".
    expect(result.skipped.map((s) => s.reason)).toEqual(['Thiếu họ và tên']);
  });

  it('says in Vietnamese what is wrong with a bad file', async () => {
    await expect(readSpreadsheet(new Blob([]), 'rong.xlsx')).rejects.toThrow(/trống \(0 byte\)/);
    await expect(readSpreadsheet(new Blob(['abc']), 'anh.png')).rejects.toThrow(/Chỉ nhập được tệp Excel/);
    await expect(readSpreadsheet(new Blob(['not a zip']), 'hong.xlsx')).rejects.toThrow(/Excel/);
    await expect(readSpreadsheet(new Blob(['x']), 'cu.xls')).rejects.toThrow(/\.xls/);
    await expect(readSpreadsheet(await xlsx([[null]]), 'trong.xlsx')).rejects.toThrow(/trống/);
    await expect(readSpreadsheet(new Blob(['\uFEFF\r\n']), 'trong.csv')).rejects.toThrow(/không có dữ liệu/);
  });

  it('reads a UTF-8 CSV with a BOM', async () => {
    const sheet = await readSpreadsheet(new Blob(['\uFEFFHọ và tên,Giới tính\r\nNguyễn Văn An,Nam\r\n']), 'ds.csv');
    expect(sheet.rows).toEqual([['Họ và tên', 'Giới tính'], ['Nguyễn Văn An', 'Nam']]);
  });
});
