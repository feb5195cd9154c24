// Importing the year's ratings from the office's spreadsheet (bảng tổng hợp xếp loại): rows matched
// to the campaign's people by name, ratings and discipline read from the words offices write
// ("HTXSNV", "Hoàn thành tốt nhiệm vụ", "Khiển trách"), an optional initiative per row; a dry run
// that says, row by row, what will change and what is skipped and why. Nothing is written here.
import { cellText, type SheetRows } from './register-import-columns';
import type { Discipline, Initiative, QualityRating, YearResult } from './annual-titles';
import { toUnicodeVietnamese } from '../lib/legacy-vietnamese';
import { parseVietnameseDate } from '../lib/vi-date';
import { cleanLine, foldForSearch } from '../lib/vi-text';

export const RATING_IMPORT_FIELDS = ['fullName', 'rating', 'discipline', 'initiativeName', 'initiativeDecision', 'initiativeDate'] as const;
export type RatingImportField = (typeof RATING_IMPORT_FIELDS)[number];
export const RATING_IMPORT_LABELS: Record<RatingImportField, string> = {
  fullName: 'Họ và tên',
  rating: 'Xếp loại chất lượng',
  discipline: 'Kỷ luật',
  initiativeName: 'Tên sáng kiến',
  initiativeDecision: 'Số quyết định công nhận sáng kiến',
  initiativeDate: 'Ngày quyết định công nhận sáng kiến',
};

/** The field a column title most likely means, for the first guess of the mapping. */
export function ratingFieldForTitle(title: string): RatingImportField | null {
  const k = foldForSearch(title.replace(/[,.:;()/\\\-_*]/g, ' '));
  if (/\bho (va )?ten\b/.test(k) || k === 'ten') return 'fullName';
  if (/xep loai|muc do hoan thanh|danh gia/.test(k)) return 'rating';
  if (/ky luat/.test(k)) return 'discipline';
  if (/sang kien/.test(k) && /ngay/.test(k)) return 'initiativeDate';
  if (/sang kien/.test(k) && /(so|quyet dinh)/.test(k)) return 'initiativeDecision';
  if (/sang kien/.test(k)) return 'initiativeName';
  return null;
}

export function guessRatingMapping(titles: readonly string[]): (RatingImportField | null)[] {
  const taken = new Set<RatingImportField>();
  return titles.map((t) => {
    const f = ratingFieldForTitle(t);
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

/** "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "xuất sắc" …; undefined when not understood. */
export function parseRating(text: string): QualityRating | undefined {
  const k = foldForSearch(text).replace(/\s+/g, ' ').trim();
  if (!k) return undefined;
  if (/^khong hoan thanh|^khtnv$|^k ht/.test(k)) return 'khong-hoan-thanh';
  if (/xuat sac|^htxs(nv)?$/.test(k)) return 'xuat-sac';
  if (/\btot\b|^htt(nv)?$/.test(k)) return 'tot';
  if (/^hoan thanh( nhiem vu)?$|^ht(nv)?$/.test(k)) return 'hoan-thanh';
  return undefined;
}

/** Blank or "không" is none; undefined when not understood. */
export function parseDiscipline(text: string): Discipline | undefined {
  const k = foldForSearch(text).trim();
  if (!k || /^(khong|khong co|khong bi ky luat|0|-)$/.test(k)) return 'none';
  if (/khien trach/.test(k)) return 'khien-trach';
  if (/canh cao/.test(k)) return 'canh-cao';
  if (/cach chuc|buoc thoi viec|ha bac|giang chuc|bai nhiem|ha ngach/.test(k)) return 'higher';
  return undefined;
}

export interface RatingTarget {
  participantId: string;
  name: string;
  current?: YearResult | undefined;
}

export interface RatingDryRun {
  changes: { rowNumber: number; participantId: string; name: string; result: YearResult }[];
  unchanged: number;
  skipped: { rowNumber: number; name: string; reason: string }[];
}

function dateOf(cell: SheetRows[number][number]): string | undefined {
  if (cell instanceof Date) return cellText(cell);
  return parseVietnameseDate(cellText(cell)) ?? undefined;
}

export function ratingDryRun(input: { rows: SheetRows; dataStart: number; mapping: readonly (RatingImportField | null)[]; people: readonly RatingTarget[]; newId: () => string }): RatingDryRun {
  const out: RatingDryRun = { changes: [], unchanged: 0, skipped: [] };
  const byName = new Map<string, RatingTarget[]>();
  for (const p of input.people) byName.set(foldForSearch(p.name), [...(byName.get(foldForSearch(p.name)) ?? []), p]);
  const seen = new Map<string, number>();
  const col = (f: RatingImportField) => input.mapping.indexOf(f);
  input.rows.slice(input.dataStart).forEach((row, i) => {
    const rowNumber = input.dataStart + i + 1;
    const text = (f: RatingImportField) => (col(f) < 0 ? '' : cleanLine(toUnicodeVietnamese(cellText(row[col(f)])).text));
    if (row.every((c) => cellText(c) === '')) return;
    const name = text('fullName');
    const skip = (reason: string) => out.skipped.push({ rowNumber, name: name || '(không có tên)', reason });
    if (!name) return void skip('Thiếu họ và tên');
    const matches = byName.get(foldForSearch(name)) ?? [];
    if (matches.length === 0) return void skip('Không có người này trong danh sách bình xét của phong trào');
    if (matches.length > 1) return void skip(`Có ${matches.length} người cùng họ tên trong danh sách: hãy nhập xếp loại của họ trên bảng`);
    const target = matches[0] as RatingTarget;
    const twice = seen.get(target.participantId);
    if (twice !== undefined) return void skip(`Trùng với dòng ${twice}`);
    seen.set(target.participantId, rowNumber);
    const ratingText = text('rating');
    const rating = parseRating(ratingText);
    if (!rating) return void skip(ratingText ? `Không hiểu xếp loại «${ratingText}»` : 'Thiếu xếp loại chất lượng');
    const disciplineText = text('discipline');
    const discipline = parseDiscipline(disciplineText);
    if (!discipline) return void skip(`Không hiểu hình thức kỷ luật «${disciplineText}»`);
    const initiatives: Initiative[] = [...(target.current?.initiatives ?? [])];
    const initiativeName = text('initiativeName');
    if (initiativeName) {
      const decisionNumber = text('initiativeDecision');
      const decisionDate = col('initiativeDate') < 0 ? undefined : dateOf(row[col('initiativeDate')]);
      if (!decisionNumber || !decisionDate) return void skip(`Sáng kiến «${initiativeName}» thiếu số hoặc ngày quyết định công nhận`);
      if (!initiatives.some((x) => foldForSearch(x.name) === foldForSearch(initiativeName) && x.decisionNumber === decisionNumber))
        initiatives.push({ id: input.newId(), name: initiativeName, decisionNumber, decisionDate });
    }
    const result: YearResult = { rating, discipline, initiatives };
    const before = target.current;
    if (before && before.rating === rating && before.discipline === discipline && before.initiatives.length === initiatives.length) {
      out.unchanged++;
      return;
    }
    out.changes.push({ rowNumber, participantId: target.participantId, name: target.name, result });
  });
  return out;
}
