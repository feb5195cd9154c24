import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentDateLine, formatDate, isIsoDate, parseVietnameseDate } from './vi-date';

describe('dates', () => {
  it('shows dd/mm/yyyy', () => {
    expect(formatDate('2024-04-26')).toBe('26/04/2024');
    expect(formatDate(undefined)).toBe('');
  });

  it('parses what officers type', () => {
    expect(parseVietnameseDate('26/4/2024')).toBe('2024-04-26');
    expect(parseVietnameseDate('05-01-2025')).toBe('2025-01-05');
    expect(parseVietnameseDate('31/02/2024')).toBeNull();
    expect(parseVietnameseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseVietnameseDate('29/02/2023')).toBeNull();
    expect(parseVietnameseDate('hôm qua')).toBeNull();
  });

  it('round-trips every valid date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(isIsoDate(iso)).toBe(true);
        expect(parseVietnameseDate(formatDate(iso))).toBe(iso);
      }),
    );
  });

  it('writes the dateline of a document with the padding of Decree 30', () => {
    expect(documentDateLine('Văn Giáo', '2024-04-26')).toBe('Văn Giáo, ngày 26 tháng 4 năm 2024');
    expect(documentDateLine('Văn Giáo', '2025-01-05')).toBe('Văn Giáo, ngày 05 tháng 01 năm 2025');
    expect(documentDateLine('Văn Giáo', '2025-02-15')).toBe('Văn Giáo, ngày 15 tháng 02 năm 2025');
    expect(documentDateLine('Văn Giáo', '2025-03-09')).toBe('Văn Giáo, ngày 09 tháng 3 năm 2025');
    expect(documentDateLine('Văn Giáo', undefined)).toBe('Văn Giáo, ngày …… tháng …… năm ……');
  });
});
