// Importing the office's ledger of past years (sổ theo dõi thi đua, khen thưởng kept in Excel):
// which column holds what, and a dry run matching each row to a person or unit of the register.
// Rows that match no one, or more than one, are reported in words; nothing is written here.
import { awardEntryFields, isOfSubject, type AwardEntry, type AwardEntryInput } from './award-history';
import type { Person, Unit } from './register';
import { cellText, key, type Cell, type SheetFields, type SheetRows } from './register-import-columns';
import { toUnicodeVietnamese } from '../lib/legacy-vietnamese';
import { parseVietnameseDate } from '../lib/vi-date';
import { cleanLine, foldForSearch, sameName } from '../lib/vi-text';

export const LEDGER_FIELDS = ['subjectName', 'unit', 'title', 'year', 'decisionNumber', 'decisionDate', 'giver', 'amount'] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];
export const LEDGER_FIELD_LABELS: Record<LedgerField, string> = {
  subjectName: 'Tên tập thể, cá nhân',
  unit: 'Đơn vị (của cá nhân)',
  title: 'Hình thức khen thưởng, danh hiệu',
  year: 'Năm',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  giver: 'Cấp khen',
  amount: 'Số tiền',
};

/** The field a ledger column title most likely means, or null. */
export function ledgerFieldForTitle(title: string): LedgerField | null {
  const k = key(title);
  if (!k || k === 'stt' || k === 'tt') return null;
  if (/\bho (va )?ten\b|tap the ca nhan|ca nhan tap the|^ten\b|doi tuong duoc khen/.test(k)) return 'subjectName';
  if (/so (quyet dinh|qd)|^so qd|^quyet dinh so/.test(k)) return 'decisionNumber';
  if (/ngay (quyet dinh|qd|ky)|ngay ban hanh/.test(k)) return 'decisionDate';
  if (/hinh thuc|danh hieu|khen thuong$|noi dung khen/.test(k)) return 'title';
  if (/so tien|tien thuong|muc thuong|thanh tien/.test(k)) return 'amount';
  if (/cap khen|co quan khen|nguoi ky|cap quyet dinh|tham quyen/.test(k)) return 'giver';
  if (/don vi|bo phan|noi cong tac/.test(k)) return 'unit';
  if (/^nam\b|nam khen|nam thi dua/.test(k)) return 'year';
  return null;
}

export const LEDGER_SHEET: SheetFields<LedgerField> = { fieldFor: ledgerFieldForTitle, name: 'subjectName' };

export interface LedgerProblem {
  rowNumber: number;
  name: string;
  reason: string;
}

export interface LedgerDryRun {
  /** What will be added, each with the sheet row it came from. */
  entries: (AwardEntryInput & { rowNumber: number })[];
  /** Rows not imported, and why. */
  problems: LedgerProblem[];
  /** Rows already in the ledger (same subject, title, year and decision): left out. */
  duplicates: LedgerProblem[];
}

export interface LedgerInput {
  rows: SheetRows;
  dataStart: number;
  mapping: readonly (LedgerField | null)[];
  people: readonly Person[];
  units: readonly Unit[];
  existing: readonly AwardEntry[];
}

const MAX_ROWS = 20_000;

function parseAmount(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  const text = cellText(cell).replace(/\s|đ|đồng|vnđ|vnd/gi, '');
  if (!text) return 0;
  return /^\d{1,3}([.,]\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/[.,]/g, '')) : null;
}

function parseDate(cell: Cell): string | null | undefined {
  if (cell instanceof Date) return cellText(cell);
  if (typeof cell === 'number' && cell > 20_000 && cell < 80_000) return new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86_400_000).toISOString().slice(0, 10);
  const text = cellText(cell);
  if (!text) return undefined;
  return parseVietnameseDate(text);
}

const sameEntry = (a: Pick<AwardEntry, 'title' | 'year' | 'decisionNumber'>, b: Pick<AwardEntry, 'title' | 'year' | 'decisionNumber'>) =>
  a.year === b.year && foldForSearch(a.title) === foldForSearch(b.title) && foldForSearch(a.decisionNumber) === foldForSearch(b.decisionNumber);

/** Reads the ledger's rows against the register: what would be added, and every row that would not, with why. */
export function dryRunLedger(input: LedgerInput): LedgerDryRun {
  const result: LedgerDryRun = { entries: [], problems: [], duplicates: [] };
  const column = (f: LedgerField) => input.mapping.indexOf(f);
  const people = input.people.filter((p) => !p.deletedAt);
  const units = input.units.filter((u) => !u.deletedAt);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const standing = input.existing.filter((e) => !e.deletedAt);

  input.rows.slice(input.dataStart, input.dataStart + MAX_ROWS).forEach((row, i) => {
    const rowNumber = input.dataStart + i + 1;
    const cell = (f: LedgerField): Cell => (column(f) < 0 ? undefined : row[column(f)]);
    const text = (f: LedgerField) => cleanLine(toUnicodeVietnamese(cellText(cell(f)).replace(/^'(?=[=+\-@])/, '')).text);
    if (row.every((c) => cellText(c) === '')) return;
    const name = text('subjectName');
    const problem = (reason: string) => result.problems.push({ rowNumber, name: name || '(không có tên)', reason });
    if (!name) return void problem('Thiếu tên tập thể, cá nhân');
    const title = text('title');
    if (!title) return void problem('Thiếu hình thức khen thưởng, danh hiệu');

    const date = parseDate(cell('decisionDate'));
    if (date === null) return void problem(`Ngày quyết định «${text('decisionDate')}» không đọc được (ghi theo dạng dd/mm/yyyy)`);
    const yearText = text('year');
    const year = yearText ? Number(yearText) : date ? Number(date.slice(0, 4)) : NaN;
    if (!Number.isInteger(year) || year < 1945 || year > 2200) return void problem(yearText ? `Năm «${yearText}» không đọc được` : 'Thiếu năm (không có cột Năm, cũng không có ngày quyết định)');
    const amount = parseAmount(cell('amount'));
    if (amount === null) return void problem(`Số tiền «${text('amount')}» không đọc được (ghi số đồng, ví dụ 1.410.000)`);

    // Who: a unit of the register by its name, or a person by name (and unit, when given).
    const unitText = text('unit');
    const unit = units.find((u) => sameName(u.name, name));
    let matched = people.filter((p) => sameName(p.fullName, name));
    if (unitText) matched = matched.filter((p) => sameName(unitName.get(p.unitId ?? '') ?? '', unitText));
    if (unit && matched.length === 0) {
      const fields = { category: 'collective' as const, unitId: unit.id, subjectName: unit.name, unitName: '' };
      return void add(fields);
    }
    if (matched.length === 0) {
      if (unitText && people.some((p) => sameName(p.fullName, name))) return void problem(`Có người tên này trong danh sách cán bộ nhưng không thuộc đơn vị «${unitText}»`);
      // Accents are not guessed (Lê Văn An and Lê Văn Ân are two people), but a likely name is suggested.
      const alike = [...people.map((p) => p.fullName), ...units.map((u) => u.name)].filter((n) => foldForSearch(n) === foldForSearch(name));
      const hint = alike.length > 0 ? ` (có phải «${[...new Set(alike)].join('» hoặc «')}»?)` : '';
      return void problem(`Không có trong danh sách cán bộ, đơn vị của xã${hint}: hãy thêm vào danh sách (Đơn vị & cán bộ) hoặc sửa tên cho đúng`);
    }
    if (matched.length > 1) return void problem(`Có ${matched.length} người cùng tên trong danh sách: hãy thêm cột Đơn vị để phân biệt`);
    const person = matched[0];
    if (!person) return;
    add({ category: 'individual', personId: person.id, unitId: person.unitId, subjectName: person.fullName, unitName: unitName.get(person.unitId ?? '') ?? '' });

    function add(subject: Pick<AwardEntryInput, 'category' | 'personId' | 'unitId' | 'subjectName' | 'unitName'>) {
      const fields: AwardEntryInput = {
        ...subject,
        title,
        year,
        decisionNumber: text('decisionNumber'),
        decisionDate: date ?? undefined,
        giver: text('giver'),
        amount: amount ?? 0,
        source: { kind: 'import', batchId: '00000000-0000-4000-8000-000000000000', fileName: '', row: rowNumber },
      };
      const parsed = awardEntryFields.safeParse(fields);
      if (!parsed.success) return void problem(parsed.error.issues[0]?.message ?? 'Dòng không hợp lệ');
      const candidate = parsed.data;
      const subjectOf = candidate.category === 'individual' ? ({ kind: 'person', personId: candidate.personId ?? '' } as const) : ({ kind: 'unit', unitId: candidate.unitId ?? '' } as const);
      const inLedger = standing.some((e) => isOfSubject(e, subjectOf) && sameEntry(e, candidate));
      const inFile = result.entries.some((e) => e.personId === candidate.personId && e.unitId === candidate.unitId && e.category === candidate.category && sameEntry({ ...e, decisionNumber: e.decisionNumber ?? '' }, candidate));
      if (inLedger || inFile) {
        result.duplicates.push({ rowNumber, name: subject.subjectName, reason: inLedger ? 'Đã có trong sổ' : 'Trùng với một dòng phía trên của tệp' });
        return;
      }
      result.entries.push({ ...fields, rowNumber });
    }
  });
  return result;
}
