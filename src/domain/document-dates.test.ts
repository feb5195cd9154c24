import { describe, expect, it } from 'vitest';
import { aboutText, basisLine, collectivesAndIndividuals, countOf, dateInText, shortDateInText, timeInText } from './document-format';
import { documentDateLine } from '../lib/vi-date';

describe('date wording in documents', () => {
  it('pads dates inside sentences as the header does (days < 10, months 1–2)', () => {
    expect(dateInText('2024-04-06')).toBe('ngày 06 tháng 4 năm 2024');
    expect(dateInText('2025-01-14')).toBe('ngày 14 tháng 01 năm 2025');
    expect(shortDateInText('2024-01-30')).toBe('30/01/2024');
    expect(shortDateInText('2024-04-26')).toBe('26/4/2024');
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
  it('writes counts as the plan does', () => {
    expect(countOf(1, 'tập thể')).toBe('01 tập thể');
    expect(countOf(12, 'cá nhân')).toBe('12 cá nhân');
    expect(collectivesAndIndividuals(1, 3)).toBe('01 tập thể và 03 cá nhân');
    expect(collectivesAndIndividuals(0, 3)).toBe('03 cá nhân');
  });
  it('writes a trích yếu after "về" in lower case, acronyms kept', () => {
    expect(aboutText('Phát động phong trào thi đua')).toBe('phát động phong trào thi đua');
    expect(aboutText('về Phát động')).toBe('phát động');
    expect(aboutText('CCHC năm 2024')).toBe('CCHC năm 2024');
    expect(basisLine('Kế hoạch', '35a/KH-UBND', '2024-01-30', 'Ủy ban nhân dân xã Văn Giáo', 'Cải cách hành chính năm 2024')).toBe(
      'Căn cứ Kế hoạch số 35a/KH-UBND ngày 30/01/2024 của Ủy ban nhân dân xã Văn Giáo về cải cách hành chính năm 2024;',
    );
  });
  it('writes a basis line', () => {
    expect(basisLine('Kế hoạch', '99/KH-UBND', '2024-04-26', 'UBND xã Văn Giáo', 'về phát động phong trào thi đua')).toBe(
      'Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024 của UBND xã Văn Giáo về phát động phong trào thi đua;',
    );
  });
});
