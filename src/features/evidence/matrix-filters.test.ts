import { describe, expect, it } from 'vitest';
import { applyFilter, type MatrixFilter } from './matrix-filters';
import type { ParticipantRow } from './use-evidence-data';

const row = (displayName: string, category: 'collective' | 'individual', unitName: string, met: number, disqualified = false) =>
  ({ participant: { displayName, category }, unitName, eligibility: { criteriaMet: met, criteriaTotal: 4, disqualified } }) as unknown as ParticipantRow;

const rows = [row('Ấp Sơn Đông', 'collective', 'Ấp Sơn Đông', 0), row('Nguyễn Thị Ánh', 'individual', 'Bộ phận Một cửa', 4), row('Đặng Thị Bích', 'individual', 'Văn phòng', 4, true)];
const none: MatrixFilter = { q: '', category: '', unit: '', incomplete: false, disqualified: false };
const names = (f: Partial<MatrixFilter>) => applyFilter(rows, { ...none, ...f }).map((r) => r.participant.displayName);

describe('matrix filters', () => {
  it('search ignores accents and case, đ included', () => {
    expect(names({ q: 'dang thi bich' })).toEqual(['Đặng Thị Bích']);
    expect(names({ q: 'ANH' })).toEqual(['Nguyễn Thị Ánh']);
    expect(names({ q: 'mot cua' })).toEqual(['Nguyễn Thị Ánh']);
  });

  it('filters by category, unit, incomplete and disqualified, and combines them', () => {
    expect(names({ category: 'collective' })).toEqual(['Ấp Sơn Đông']);
    expect(names({ unit: 'Văn phòng' })).toEqual(['Đặng Thị Bích']);
    expect(names({ incomplete: true })).toEqual(['Ấp Sơn Đông']);
    expect(names({ disqualified: true })).toEqual(['Đặng Thị Bích']);
    expect(names({ category: 'individual', disqualified: true, q: 'anh' })).toEqual([]);
    expect(names({})).toHaveLength(3);
  });
});
