import { describe, expect, it } from 'vitest';
import { basisLine, dateInText, timeInText } from './document-format';
import { documentDateLine } from '../lib/vi-date';

describe('date wording in documents', () => {
  it('writes dates inside sentences without padding', () => {
    expect(dateInText('2024-04-06')).toBe('ngày 6 tháng 4 năm 2024');
    expect(dateInText('2024-12-20')).toBe('ngày 20 tháng 12 năm 2024');
    expect(dateInText(undefined)).toBe('ngày … tháng … năm …');
  });
  it('pads the dateline per Decree 30 (days < 10, months 1–2)', () => {
    expect(documentDateLine('Văn Giáo', '2025-01-05')).toBe('Văn Giáo, ngày 05 tháng 01 năm 2025');
    expect(documentDateLine('Văn Giáo', '2024-04-26')).toBe('Văn Giáo, ngày 26 tháng 4 năm 2024');
  });
  it('writes meeting times', () => {
    expect(timeInText('8:00')).toBe('08 giờ 00 phút');
    expect(timeInText('14:30')).toBe('14 giờ 30 phút');
    expect(timeInText('')).toBe('');
  });
  it('writes a basis line', () => {
    expect(basisLine('Kế hoạch', '99/KH-UBND', '2024-04-26', 'UBND xã Văn Giáo', 'về phát động phong trào thi đua')).toBe(
      'Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024 của UBND xã Văn Giáo về phát động phong trào thi đua;',
    );
  });
});
