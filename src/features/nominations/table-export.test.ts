import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, neutralise, toCsv } from './table-export';

describe('CSV export', () => {
  it('starts with a BOM and uses CRLF, Vietnamese intact', () => {
    const csv = toCsv({ headers: ['Tên', 'Tiêu chí'], rows: [['Nguyễn Thị Ánh', '4/4']] });
    expect(csv).toBe('\uFEFFTên,Tiêu chí\r\nNguyễn Thị Ánh,4/4\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-5)).toBe('-5'); // real numbers stay numbers
    expect(neutralise('Ấp Voi 1')).toBe('Ấp Voi 1');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Văn phòng, Thống kê')).toBe('"Văn phòng, Thống kê"');
    expect(csvCell('Mô hình "Một cửa"')).toBe('"Mô hình ""Một cửa"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });

  it('never lets any text cell start with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
    );
  });
});
