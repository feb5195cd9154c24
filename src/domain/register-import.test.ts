import { describe, expect, it } from 'vitest';
import { applyRememberedMapping, detectHeader, guessMapping, mappingToRemember, type SheetRows } from './register-import-columns';
import { dryRun, guessUnitKind, parsePersonKind } from './register-import';
import type { Person, Unit } from './register';
import { peopleExportRows, unitsExportRows } from './register-export';

const meta = (id: string) => ({ id, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', rev: 1 });
const ID = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const unit: Unit = { ...meta(ID(1)), name: 'Văn phòng - Thống kê', kind: 'bo-phan', note: '', archived: false, headName: '', headPosition: '' };
const person = (n: number, fullName: string, extra: Partial<Person> = {}): Person => ({
  ...meta(ID(100 + n)), fullName, gender: 'nam', position: '', kind: 'cong-chuc', active: true, unitId: unit.id, ...extra,
});

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đối tượng', 'Đơn vị'];

function run(rows: SheetRows, existingPeople: Person[] = [], defaults = {}) {
  const header = detectHeader(rows);
  if (!header) throw new Error('no header');
  return dryRun({ rows, dataStart: header.dataStart, mapping: guessMapping(header.titles), defaults, existingPeople, existingUnits: [unit] });
}

describe('header detection and mapping', () => {
  it('skips title rows and a row of column numbers', () => {
    const rows: SheetRows = [['DANH SÁCH CÁN BỘ, CÔNG CHỨC'], [], HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'], [1, 'Nguyễn Văn An']];
    const h = detectHeader(rows);
    expect(h?.dataStart).toBe(4);
    expect(guessMapping(h?.titles ?? [])).toEqual([null, 'fullName', 'gender', 'dateOfBirth', 'position', 'kind', 'unit']);
  });

  it('joins a merged two-row header ("Ngày sinh" over "Nam" / "Nữ")', () => {
    const rows: SheetRows = [['TT', 'Họ và tên', 'Ngày sinh', null, 'Chức vụ'], [null, null, 'Nam', 'Nữ', null], [1, 'Lê Thị Hoa', null, '02/03/1990', 'Văn thư']];
    const h = detectHeader(rows);
    expect(h?.titles).toEqual(['TT', 'Họ và tên', 'Ngày sinh Nam', 'Ngày sinh Nữ', 'Chức vụ']);
    expect(h?.dataStart).toBe(2);
    const result = dryRun({ rows, dataStart: 2, mapping: guessMapping(h?.titles ?? []), defaults: { kind: 'nhdkct' }, existingPeople: [], existingUnits: [] });
    expect(result.created[0]?.person).toMatchObject({ fullName: 'Lê Thị Hoa', gender: 'nu', dateOfBirth: '1990-03-02', kind: 'nhdkct' });
  });

  it('finds no header when no column is recognisable', () => {
    expect(detectHeader([['a', 'b'], [1, 2]])).toBeNull();
  });

  it('remembers a mapping by column title', () => {
    const titles = ['Tên đầy đủ', 'Phái', 'Ghi chú'];
    const remembered = mappingToRemember(titles, ['fullName', 'gender', null]);
    expect(applyRememberedMapping(titles, guessMapping(titles), remembered)).toEqual(['fullName', 'gender', null]);
  });
});

describe('dry run', () => {
  it('sorts rows into new, updated, unchanged and skipped, with reasons', () => {
    const existing = [person(1, 'Nguyễn Văn An', { dateOfBirth: '1980-01-02', position: 'Công chức' }), person(2, 'Trần Văn Bình')];
    const rows: SheetRows = [
      HEADER,
      [1, 'Nguyễn Văn An', 'Nam', '02/01/1980', 'Phó Chủ tịch', 'Cán bộ', 'Văn phòng - Thống kê'],
      [2, 'Trần Văn Bình', 'Nam', '', '', 'Công chức', 'Văn phòng - Thống kê'],
      [3, 'Lê Thị Cúc', 'Nữ', '', 'Văn thư', 'NHĐKCT', 'Ấp Sóc Triết'],
      [4, 'Lê Thị Cúc', 'Nữ', '', 'Văn thư', 'NHĐKCT', 'Ấp Sóc Triết'],
      [5, '', 'Nam'],
      [6, 'Phạm Văn Dũng', '', '', '', 'Công chức', ''],
      [7, 'Võ Văn Em', 'Nam', '', '', 'Bảo vệ', ''],
      [null, null, null],
    ];
    const r = run(rows, existing);
    expect(r.updated.map((u) => u.name)).toEqual(['Nguyễn Văn An']);
    expect(r.updated[0]?.changes.join('; ')).toMatch(/chức vụ.*Phó Chủ tịch.*đối tượng: Công chức → Cán bộ/);
    expect(r.unchanged.map((u) => u.name)).toEqual(['Trần Văn Bình']);
    expect(r.created.map((c) => c.person.fullName)).toEqual(['Lê Thị Cúc']);
    expect(r.newUnits).toEqual([{ name: 'Ấp Sóc Triết', kind: 'ap' }]);
    expect(r.skipped.map((s) => [s.rowNumber, s.reason])).toEqual([
      [5, 'Trùng với dòng 4: cùng họ tên trong cùng đơn vị'],
      [6, 'Thiếu họ và tên'],
      [7, 'Không rõ giới tính (cần cột Giới tính ghi Nam hoặc Nữ)'],
      [8, 'Không hiểu đối tượng «Bảo vệ»'],
    ]);
  });

  it('flags same name and date of birth as a duplicate even in different units', () => {
    const rows: SheetRows = [HEADER, [1, 'An Văn Bé', 'Nam', '01/01/1990', '', 'Cán bộ', 'A'], [2, 'an van be', 'Nam', '01/01/1990', '', 'Cán bộ', 'B']];
    expect(run(rows).skipped[0]?.reason).toBe('Trùng với dòng 2: cùng họ tên và ngày sinh');
  });

  it('warns about a namesake already in the register instead of merging silently', () => {
    const rows: SheetRows = [HEADER, [1, 'Trần Văn Bình', 'Nam', '05/05/1975', '', 'Cán bộ', 'Ấp Mới']];
    const r = run(rows, [person(2, 'Trần Văn Bình', { dateOfBirth: '1960-01-01' })]);
    expect(r.created).toHaveLength(1);
    expect(r.warnings[0]?.text).toMatch(/Đã có người tên «Trần Văn Bình»/);
  });

  it('converts legacy-encoded names and shows the conversion', () => {
    const rows: SheetRows = [HEADER, [1, 'NguyÔn ThÞ H\u00adêng', 'Nữ', '', '', 'Công chức', '']];
    const r = run(rows);
    expect(r.created[0]?.person.fullName).toBe('Nguyễn Thị Hường');
    expect(r.conversions[0]).toMatchObject({ original: 'NguyÔn ThÞ H\u00adêng', converted: 'Nguyễn Thị Hường', from: 'tcvn3' });
  });

  it('uses defaults, reads Excel serial dates, and refuses formula text as a name', () => {
    const rows: SheetRows = [['Họ và tên', 'Ngày sinh'], ['Đỗ Văn Hai', 32874], ['=HYPERLINK("x")', ''], ['Bùi Thị Ba', 1985]];
    const r = run(rows, [], { kind: 'can-bo', gender: 'nam' });
    expect(r.created[0]?.person).toMatchObject({ fullName: 'Đỗ Văn Hai', dateOfBirth: '1990-01-01', kind: 'can-bo' });
    expect(r.skipped[0]?.reason).toMatch(/công thức/);
    expect(r.warnings.some((w) => /chỉ có năm sinh 1985/.test(w.text))).toBe(true);
  });

  it('an exported register imports back with no changes', () => {
    const existing = [person(1, 'Nguyễn Văn An', { dateOfBirth: '1980-01-02', position: 'Công chức' }), person(2, 'Trần Thị Bình', { gender: 'nu', unitId: undefined, active: false })];
    const rows = peopleExportRows(existing, [unit]);
    const r = run(rows, existing);
    expect(r.created).toEqual([]);
    expect(r.updated).toEqual([]);
    expect(r.unchanged).toHaveLength(2);
  });

  it('stores NFD names (pasted from Word) as NFC and matches them to the register', () => {
    const existing = [person(1, 'Nguyễn Văn Đạt')];
    const rows: SheetRows = [HEADER, [1, '  Nguyễn  Văn Đạt '.normalize('NFD'), 'Nam', '', '', 'Công chức', 'Văn phòng - Thống kê'], [2, 'Lê Thị Ửng'.normalize('NFD'), 'Nữ', '', '', 'Cán bộ', '']];
    const r = run(rows, existing);
    expect(r.unchanged.map((u) => u.name)).toEqual(['Nguyễn Văn Đạt']);
    expect(r.created[0]?.person.fullName).toBe('Lê Thị Ửng'.normalize('NFC'));
    expect(r.conversions).toEqual([]);
  });

  it('handles 10,000 rows quickly', () => {
    const rows: SheetRows = [HEADER, ...Array.from({ length: 10_000 }, (_, i) => [i + 1, `Nguyễn Văn Số${i}`, 'Nam', '', '', 'Công chức', `Ấp ${i % 10}`])];
    const started = Date.now();
    const r = run(rows);
    expect(r.created).toHaveLength(10_000);
    expect(r.newUnits).toHaveLength(10);
    expect(Date.now() - started).toBeLessThan(15_000); // generous: the test machine is shared
  });

  it('reads kinds and unit kinds in everyday wording', () => {
    expect(parsePersonKind('Người hoạt động không chuyên trách')).toBe('nhdkct');
    expect(parsePersonKind('CÔNG CHỨC')).toBe('cong-chuc');
    // The abbreviations the import's hint lists.
    expect(parsePersonKind('CC')).toBe('cong-chuc');
    expect(parsePersonKind('cb')).toBe('can-bo');
    expect(parsePersonKind('NHĐKCT')).toBe('nhdkct');
    expect(parsePersonKind('N.H.Đ.K.C.T')).toBe('nhdkct');
    expect(parsePersonKind('CCB')).toBeUndefined();
    expect(guessUnitKind('Hội Nông dân xã')).toBe('doan-the');
    expect(guessUnitKind('Công an xã')).toBe('co-quan');
  });
});

describe('dates in the preview', () => {
  it('shows a changed birth date as dd/mm/yyyy, as the officer typed it', () => {
    const r = run([HEADER, [1, 'Trần Văn Bình', 'Nam', '01/01/1975', '', 'CC', 'Văn phòng - Thống kê']], [person(1, 'Trần Văn Bình')]);
    expect(r.updated[0]?.changes).toContain('ngày sinh: chưa có → 01/01/1975');
  });
  it('lists the units it will create by their whole name', () => {
    const r = run([HEADER, [1, 'Lê Văn A', 'Nam', '', '', 'CC', 'Công an xã'], [2, 'Lê Văn B', 'Nam', '', '', 'CC', 'Ấp Voi 1'], [3, 'Lê Văn C', 'Nam', '', '', 'CB', 'Ban Chỉ huy Quân sự xã']]);
    expect(r.newUnits.map((u) => u.name)).toEqual(['Ấp Voi 1', 'Ban Chỉ huy Quân sự xã', 'Công an xã']);
  });
});

describe('units export', () => {
  it('lists units by their whole name, so the "… xã" units do not bunch together', () => {
    const names = ['Công an xã', 'Ấp Voi 1', 'Đoàn Thanh niên xã', 'Ban Chỉ huy Quân sự xã', 'Ấp Sơn Đông'];
    const units = names.map((name, i): Unit => ({ ...unit, ...meta(ID(10 + i)), name }));
    expect(unitsExportRows(units).slice(1).map((r) => r[1])).toEqual(['Ấp Sơn Đông', 'Ấp Voi 1', 'Ban Chỉ huy Quân sự xã', 'Công an xã', 'Đoàn Thanh niên xã']);
  });
});
