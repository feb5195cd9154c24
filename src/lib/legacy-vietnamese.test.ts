import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertTcvn3, convertVni, legacySuspicion, toTcvn3, toUnicodeVietnamese, toVni } from './legacy-vietnamese';

const NAMES = [
  'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Đức', 'Phạm Thị Hương', 'Võ Minh Quỳnh', 'Đặng Thị Ngọc Hoà',
  'Huỳnh Tấn Lộc', 'Dương Thị Mỹ Lệ', 'Bùi Quốc Khánh', 'Trương Thị Yến', 'Ngô Văn Tường', 'Hồ Thị Thuỷ',
  'Lâm Quang Huy', 'Đỗ Thị Kiều Oanh', 'Châu Văn Ướt', 'Ủy ban nhân dân xã Văn Giáo', 'Bộ phận Văn phòng - Thống kê',
  'Phó Chủ tịch', 'Công chức Tư pháp - Hộ tịch', 'người hoạt động không chuyên trách', 'Quách Thị Ửng', 'Ấp Sóc Triết',
];

describe('legacy Vietnamese encodings', () => {
  it('converts known TCVN3 and VNI spellings', () => {
    expect(convertTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(convertTcvn3('TiÕng ViÖt rÊt hay')).toBe('Tiếng Việt rất hay');
    expect(convertTcvn3('§Æng ThÞ H\u00adêng')).toBe('Đặng Thị Hường');
    expect(convertVni('Tieáng Vieät raát hay')).toBe('Tiếng Việt rất hay');
    expect(convertVni('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(convertVni('Ñaëng Thò Höông')).toBe('Đặng Thị Hương');
    expect(convertVni('NGUYEÃN VAÊN AN')).toBe('NGUYỄN VĂN AN');
  });

  it('detects the encoding and converts only legacy text', () => {
    expect(toUnicodeVietnamese('NguyÔn V¨n An')).toEqual({ text: 'Nguyễn Văn An', from: 'tcvn3' });
    expect(toUnicodeVietnamese('Nguyeãn Vaên An')).toEqual({ text: 'Nguyễn Văn An', from: 'vni' });
    expect(toUnicodeVietnamese('Lª ThÞ Hoa')).toEqual({ text: 'Lê Thị Hoa', from: 'tcvn3' });
    expect(toUnicodeVietnamese('Traàn Thò Bình')).toEqual({ text: 'Trần Thị Bình', from: 'vni' });
    expect(toUnicodeVietnamese('Nguyễn Văn An')).toEqual({ text: 'Nguyễn Văn An' });
    expect(toUnicodeVietnamese('John Smith')).toEqual({ text: 'John Smith' });
  });

  it('round-trips the sample names through both encodings, never converting wrongly', () => {
    let detected = 0;
    for (const name of NAMES) {
      expect(legacySuspicion(name), name).toBe(0);
      expect(toUnicodeVietnamese(name).text, name).toBe(name);
      // TCVN3 text made only of letters that also exist in Unicode Vietnamese ("vâ") cannot be told apart.
      const tcvn = toTcvn3(name.toLowerCase());
      const back = toUnicodeVietnamese(tcvn);
      if (back.from) {
        detected++;
        expect(back.text, tcvn).toBe(name.toLowerCase());
      }
      const vni = toVni(name);
      if (vni !== name) expect(toUnicodeVietnamese(vni), vni).toEqual({ text: name, from: 'vni' });
    }
    expect(detected).toBeGreaterThanOrEqual(NAMES.length - 3);
  });

  it('never alters Unicode Vietnamese built from real names (property)', () => {
    const words = NAMES.flatMap((n) => n.split(' '));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (ws) => {
        const text = ws.join(' ');
        expect(toUnicodeVietnamese(text).text).toBe(text);
      }),
    );
  });

  it('converts NFD input the same as NFC', () => {
    expect(toUnicodeVietnamese('Nguyễn Văn An'.normalize('NFD')).text.normalize('NFC')).toBe('Nguyễn Văn An');
  });
});
