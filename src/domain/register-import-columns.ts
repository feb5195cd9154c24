// Import step 1: find the header of a staff sheet (title rows above it, merged or two-row
// headers, a row of column numbers under it) and guess which column holds what. The same
// reading serves other sheets (the award ledger): pass that sheet's own `fieldFor`.
import { foldForSearch } from '../lib/vi-text';

export type Cell = string | number | boolean | Date | null | undefined;
export type SheetRows = Cell[][];

export const IMPORT_FIELDS = ['fullName', 'gender', 'dateOfBirth', 'dobMale', 'dobFemale', 'position', 'kind', 'unit', 'active'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  dateOfBirth: 'Ngày sinh',
  dobMale: 'Ngày sinh (cột Nam)',
  dobFemale: 'Ngày sinh (cột Nữ)',
  position: 'Chức vụ',
  kind: 'Đối tượng (CB, CC, NHĐKCT)',
  unit: 'Đơn vị',
  active: 'Đang công tác',
};

/** For each column of the sheet: the field it fills, or null to leave it out. */
export type ColumnMapping = (ImportField | null)[];

export interface SheetHeader {
  /** Index (0-based) of the first data row. */
  dataStart: number;
  /** One title per column, sub-headers joined to their parent ("Ngày sinh Nam"). */
  titles: string[];
}

export function key(text: string): string {
  return foldForSearch(text.replace(/[,.:;()/\\\-_*]/g, ' '));
}

/** The field a header title most likely means, or null. */
export function fieldForTitle(title: string): ImportField | null {
  const k = key(title);
  if (!k || k === 'stt' || k === 'tt' || k === 'so tt') return null;
  if (/\bho (va )?ten\b/.test(k) || k === 'ten' || k === 'ten can bo') return 'fullName';
  if (/sinh/.test(k) && /\bnam$/.test(k) && k !== 'nam sinh') return 'dobMale';
  if (/sinh/.test(k) && /\bnu$/.test(k)) return 'dobFemale';
  if (/ngay sinh|nam sinh|ngay thang nam sinh/.test(k)) return 'dateOfBirth';
  if (/gioi tinh|^phai$|^nam nu$/.test(k)) return 'gender';
  if (/chuc vu|chuc danh/.test(k)) return 'position';
  if (/doi tuong|^loai|phan loai|ngach/.test(k)) return 'kind';
  if (/don vi|bo phan|co quan|noi cong tac|phong ban/.test(k)) return 'unit';
  if (/dang cong tac|trang thai|con cong tac/.test(k)) return 'active';
  return null;
}

/** Which field a column title means, for one kind of sheet; `name` is the field every row must have. */
export interface SheetFields<F extends string> {
  fieldFor: (title: string) => F | null;
  name: F;
}
const REGISTER_SHEET: SheetFields<ImportField> = { fieldFor: fieldForTitle, name: 'fullName' };

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const isColumnNumbers = (row: Cell[]) => {
  const texts = row.map(cellText).filter(Boolean);
  return texts.length > 1 && texts.every((t) => /^\(?\d+\)?$/.test(t));
};

/** Finds the header among the first 20 rows; null when no row names a column we know. */
export function detectHeader<F extends string>(rows: SheetRows, sheet: SheetFields<F> = REGISTER_SHEET as unknown as SheetFields<F>): SheetHeader | null {
  const { fieldFor } = sheet;
  const score = (row: Cell[]) => row.filter((c) => typeof c === 'string' && fieldFor(c) !== null).length;
  let best = -1;
  let bestScore = 0;
  rows.slice(0, 20).forEach((row, i) => {
    const s = score(row);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  if (best < 0) return null;
  const head = rows[best] ?? [];
  const next = rows[best + 1] ?? [];
  const width = Math.max(...rows.slice(best, best + 200).map((r) => r.length));
  let titles = Array.from({ length: width }, (_, c) => cellText(head[c]));
  let dataStart = best + 1;
  // A second header row: short labels such as "Nam" / "Nữ" under a merged "Ngày sinh".
  const subTitles = next.map(cellText);
  const looksLikeSubHeader =
    subTitles.some(Boolean) &&
    titles.every((t, c) => fieldFor(t) !== sheet.name || !subTitles[c]) &&
    subTitles.filter(Boolean).every((t) => /^(nam|nu|nữ|ngay|ngày|thang|tháng|nam sinh|năm)$/i.test(t) || fieldFor(t) !== null);
  if (looksLikeSubHeader) {
    let parent = '';
    titles = titles.map((t, c) => {
      if (t) parent = t;
      const sub = subTitles[c] ?? '';
      return sub ? `${t || parent} ${sub}`.trim() : t;
    });
    dataStart++;
  }
  while (rows[dataStart] && isColumnNumbers(rows[dataStart] ?? [])) dataStart++;
  return { dataStart, titles };
}

/** Guesses the mapping; a field is given to one column only (the first that claims it). */
export function guessMapping<F extends string = ImportField>(titles: readonly string[], fieldFor: (title: string) => F | null = fieldForTitle as unknown as (title: string) => F | null): (F | null)[] {
  const taken = new Set<F>();
  return titles.map((t) => {
    const field = fieldFor(t);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * The mapping remembered from the last import, re-applied by column title; columns it
 * does not know keep the guess.
 */
export function applyRememberedMapping<F extends string = ImportField>(titles: readonly string[], guess: readonly (F | null)[], remembered: Record<string, F | null>): (F | null)[] {
  const mapped = titles.map((t, i) => (key(t) in remembered ? (remembered[key(t)] ?? null) : (guess[i] ?? null)));
  const taken = new Set<F>();
  return mapped.map((f) => {
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

export function mappingToRemember<F extends string = ImportField>(titles: readonly string[], mapping: readonly (F | null)[]): Record<string, F | null> {
  const out: Record<string, F | null> = {};
  titles.forEach((t, i) => {
    if (key(t)) out[key(t)] = mapping[i] ?? null;
  });
  return out;
}
