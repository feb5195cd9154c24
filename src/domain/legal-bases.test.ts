import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHER_BODIES, DEFAULT_LEGAL_BASES, DISTRICT_WORDS, datedTextSchema, inForceOn, selectInForce } from './legal-bases';

const texts = (date: string | undefined) => selectInForce(DEFAULT_LEGAL_BASES, date).map((e) => e.text);
const bodies = (date: string) => selectInForce(DEFAULT_HIGHER_BODIES, date).map((e) => e.text);

describe('legal bases in force on a document’s date', () => {
  it('a decision of 20/01/2025 cites the 2015 law (amended 2019), Law 06/2022 and Decree 98', () => {
    const t = texts('2025-01-20');
    expect(t).toHaveLength(3);
    expect(t[0]).toMatch(/Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung .* ngày 22 tháng 11 năm 2019;/);
    expect(t[1]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(t[2]).toMatch(/Nghị định số 98\/2023\/NĐ-CP ngày 31 tháng 12 năm 2023/);
  });

  it('on 30/6/2025, the last day of the old tier, still the 2015 law and Decree 98', () => {
    const t = texts('2025-06-30').join('\n');
    expect(t).toContain('năm 2015');
    expect(t).toContain('98/2023/NĐ-CP');
    expect(t).not.toContain('152/2025/NĐ-CP');
    expect(t).not.toContain('ngày 16 tháng 6 năm 2025');
  });

  it('from 01/7/2025: Law 72/2025 of 16/6/2025, Law 06/2022, Decree 152', () => {
    for (const date of ['2025-07-01', '2026-07-02']) {
      const t = texts(date);
      expect(t).toEqual([
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
      ]);
    }
  });

  it('before Law 06/2022 took effect (01/01/2024) it is not cited; nothing without a date', () => {
    expect(texts('2023-12-31').join()).not.toContain('Luật Thi đua');
    expect(texts('2024-01-01').join()).toContain('Luật Thi đua');
    expect(texts(undefined)).toEqual([]);
  });

  it('exactly one local-government law and one decree on every day around the change', () => {
    for (const date of ['2024-01-01', '2024-12-31', '2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02', '2026-12-31']) {
      const t = texts(date);
      expect(t.filter((x) => /chính quyền địa phương/.test(x)), date).toHaveLength(1);
      expect(t.filter((x) => /Nghị định/.test(x)), date).toHaveLength(1);
    }
  });
});

describe('higher bodies in force', () => {
  it('the town’s Phòng Nội vụ up to 30/6/2025, the province’s Sở Nội vụ from 01/7/2025', () => {
    expect(bodies('2025-01-20')).toEqual(['Phòng Nội vụ thị xã']);
    expect(bodies('2025-06-30')).toEqual(['Phòng Nội vụ thị xã']);
    expect(bodies('2025-07-01')).toEqual(['Sở Nội vụ tỉnh']);
    expect(bodies('2026-07-02').join()).not.toMatch(DISTRICT_WORDS);
  });
});

describe('dated entries', () => {
  it('bounds are inclusive; open ends are unbounded', () => {
    expect(inForceOn({ validFrom: '2025-07-01' }, '2025-07-01')).toBe(true);
    expect(inForceOn({ validFrom: '2025-07-01' }, '2025-06-30')).toBe(false);
    expect(inForceOn({ validTo: '2025-06-30' }, '2025-06-30')).toBe(true);
    expect(inForceOn({ validTo: '2025-06-30' }, '2025-07-01')).toBe(false);
    expect(inForceOn({}, '1999-01-01')).toBe(true);
  });
  it('refuses an end before the start, in Vietnamese', () => {
    const r = datedTextSchema.safeParse({ text: 'x', validFrom: '2025-07-01', validTo: '2025-06-30' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/không được trước/);
  });
  it('the district words are found in names, not inside other words', () => {
    expect(DISTRICT_WORDS.test('Phòng Nội vụ thị xã Tịnh Biên')).toBe(true);
    expect(DISTRICT_WORDS.test('Ủy ban nhân dân huyện')).toBe(true);
    expect(DISTRICT_WORDS.test('Sở Nội vụ tỉnh An Giang')).toBe(false);
  });
});
