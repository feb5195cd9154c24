import { describe, expect, it } from 'vitest';
import { dryRunLedger, LEDGER_SHEET, type LedgerField } from './award-history-import';
import { awardEntrySchema, type AwardEntry } from './award-history';
import { detectHeader, guessMapping, type SheetRows } from './register-import-columns';
import { personSchema, unitSchema, type Person, type Unit } from './register';
import { newId } from '../lib/ids';

const at = '2026-01-01T00:00:00.000Z';
const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1 });
const office: Unit = unitSchema.parse({ ...meta(), name: 'Văn phòng - Thống kê', kind: 'bo-phan' });
const hamlet: Unit = unitSchema.parse({ ...meta(), name: 'Ấp Voi 1', kind: 'ap' });
const person = (fullName: string, unitId: string): Person => personSchema.parse({ ...meta(), fullName, gender: 'nam', kind: 'cong-chuc', unitId });
const an = person('Nguyễn Văn An', office.id);
const anHamlet = person('Nguyễn Văn An', hamlet.id);
const binh = person('Trần Thị Bình', office.id);

const sheet: SheetRows = [
  ['SỔ THEO DÕI THI ĐUA, KHEN THƯỞNG NĂM 2023'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Cấp khen', 'Số tiền'],
  [1, 'Tran Thi Binh', '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '20/12/2023', 'Chủ tịch UBND xã', '540.000'],
  [2, 'Nguyễn Văn An', 'Ấp Voi 1', 'Giấy khen', '', '16/QĐ-UBND', new Date('2023-12-21T00:00:00Z'), 'Chủ tịch UBND xã', 1_080_000],
  [3, 'Nguyễn Văn An', '', 'Giấy khen', 2023, '', '', '', ''],
  [4, 'Lê Văn Lạ', '', 'Giấy khen', 2023, '', '', '', ''],
  [5, 'Ấp Voi 1', '', 'Tập thể lao động tiên tiến', 2023, '17/QĐ-UBND', '22/12/2023', '', '1.440.000'],
  [6, 'Trần Thị Bình', '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '20/12/2023', '', '540.000'],
  [7, 'Trần Thị Bình', '', 'Giấy khen', 'năm ngoái', '', '', '', ''],
  [8, 'Trần Thị Bình', '', 'Giấy khen', 2023, '', '31/02/2023', '', ''],
  [9, 'Trần Thị Bình', '', 'Giấy khen', 2023, '', '', '', 'một triệu'],
  ['', '', '', '', '', '', '', '', ''],
];

function run(existing: AwardEntry[] = []) {
  const header = detectHeader(sheet, LEDGER_SHEET);
  if (!header) throw new Error('no header');
  const mapping = guessMapping<LedgerField>(header.titles, LEDGER_SHEET.fieldFor);
  return { header, mapping, plan: dryRunLedger({ rows: sheet, dataStart: header.dataStart, mapping, people: [an, anHamlet, binh], units: [office, hamlet], existing }) };
}

describe('reading the ledger of past years', () => {
  it('finds the header under a title row and maps its columns', () => {
    const { header, mapping } = run();
    expect(header.dataStart).toBe(2);
    expect(mapping).toEqual([null, 'subjectName', 'unit', 'title', 'year', 'decisionNumber', 'decisionDate', 'giver', 'amount']);
  });

  it('matches rows to the register by name (case and spacing aside) and unit, units by their name', () => {
    const { plan } = run();
    expect(plan.entries.map((e) => [e.rowNumber, e.category, e.subjectName, e.year, e.amount, e.decisionDate])).toEqual([
      [4, 'individual', 'Nguyễn Văn An', 2023, 1_080_000, '2023-12-21'],
      [7, 'collective', 'Ấp Voi 1', 2023, 1_440_000, '2023-12-22'],
      [8, 'individual', 'Trần Thị Bình', 2023, 540_000, '2023-12-20'],
    ]);
    expect(plan.entries[0]).toMatchObject({ personId: anHamlet.id, unitName: 'Ấp Voi 1' });
  });

  it('reports every row it cannot import, in words, and leaves out what is already there', () => {
    const { plan } = run();
    expect(plan.problems.map((p) => [p.rowNumber, p.reason])).toEqual([
      [3, 'Không có trong danh sách cán bộ, đơn vị của xã (có phải «Trần Thị Bình»?): hãy thêm vào danh sách (Đơn vị & cán bộ) hoặc sửa tên cho đúng'],
      [5, 'Có 2 người cùng tên trong danh sách: hãy thêm cột Đơn vị để phân biệt'],
      [6, 'Không có trong danh sách cán bộ, đơn vị của xã: hãy thêm vào danh sách (Đơn vị & cán bộ) hoặc sửa tên cho đúng'],
      [9, 'Năm «năm ngoái» không đọc được'],
      [10, 'Ngày quyết định «31/02/2023» không đọc được (ghi theo dạng dd/mm/yyyy)'],
      [11, 'Số tiền «một triệu» không đọc được (ghi số đồng, ví dụ 1.410.000)'],
    ]);
    expect(plan.duplicates).toEqual([]);
    const already = awardEntrySchema.parse({ ...plan.entries[2], ...meta() });
    expect(run([already]).plan.duplicates.map((d) => [d.rowNumber, d.reason])).toEqual([[8, 'Đã có trong sổ']]);
    const twice = dryRunLedger({ rows: [...sheet, sheet[7] ?? []], dataStart: 2, mapping: run().mapping, people: [an, anHamlet, binh], units: [office, hamlet], existing: [] });
    expect(twice.duplicates.map((d) => [d.rowNumber, d.reason])).toEqual([[13, 'Trùng với một dòng phía trên của tệp']]);
  });
});
