import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, neutraliseFormula, parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('writes a BOM and neutralises cells that Excel would run as formulas', () => {
    const text = toCsv([['Tên', 'Ghi chú'], ['=1+2', '+84 912'], ['-5', '@SUM(A1)'], ['Nguyễn "Bé", An', 'a\nb']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain("'=1+2,'+84 912\r\n'-5,'@SUM(A1)");
    expect(text).toContain('"Nguyễn ""Bé"", An","a\nb"');
    expect(neutraliseFormula('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('parses what it writes (property)', () => {
    const safe = fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s) && !s.includes('\r'));
    fc.assert(
      fc.property(fc.array(fc.array(safe, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 0;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const parsed = parseCsv(decodeText(new TextEncoder().encode(toCsv(table))));
        expect(parsed).toEqual(table);
      }),
      { numRuns: 1000 },
    );
  });

  it('is not fooled by separators inside quoted cells of the first row', () => {
    expect(parseCsv(decodeText(new TextEncoder().encode(toCsv([['', ';;'], ['', '']]))))).toEqual([['', ';;'], ['', '']]);
    expect(parseCsv('"a;b;c",d\r\ne,f\r\n')).toEqual([['a;b;c', 'd'], ['e', 'f']]);
    expect(parseCsv('"x\n;;;",y\nz,w')).toEqual([['x\n;;;', 'y'], ['z', 'w']]);
  });

  it('reads semicolon files and Windows-1252 bytes', () => {
    expect(parseCsv('Họ và tên;Giới tính\r\nAn;Nam\r\n')).toEqual([['Họ và tên', 'Giới tính'], ['An', 'Nam']]);
    expect(decodeText(new Uint8Array([0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e]))).toBe('NguyÔn');
  });
});
