// Reading the office's rating sheet: the words offices write, matching by name without
// diacritics, and every row that cannot be taken skipped with its reason.
import { describe, expect, it } from 'vitest';
import { guessRatingMapping, parseDiscipline, parseRating, ratingDryRun } from './year-results-import';
import { detectHeader } from './register-import-columns';

describe('the words of a rating sheet', () => {
  it.each([
    ['Hoàn thành xuất sắc nhiệm vụ', 'xuat-sac'],
    ['HTXSNV', 'xuat-sac'],
    ['hoàn thành tốt nhiệm vụ', 'tot'],
    ['HTTNV', 'tot'],
    ['Hoàn thành nhiệm vụ', 'hoan-thanh'],
    ['HTNV', 'hoan-thanh'],
    ['Không hoàn thành nhiệm vụ', 'khong-hoan-thanh'],
    ['Tốt lắm', 'tot'],
    ['giỏi', undefined],
  ])('%s → %s', (text, rating) => expect(parseRating(text)).toBe(rating));

  it.each([
    ['', 'none'],
    ['Không', 'none'],
    ['Khiển trách', 'khien-trach'],
    ['cảnh cáo', 'canh-cao'],
    ['Cách chức', 'higher'],
    ['nhắc nhở', undefined],
  ])('discipline %s → %s', (text, d) => expect(parseDiscipline(text)).toBe(d));
});

describe('the dry run', () => {
  const rows = [
    ['BẢNG TỔNG HỢP XẾP LOẠI NĂM 2025'],
    ['STT', 'Họ và tên', 'Xếp loại', 'Kỷ luật', 'Tên sáng kiến', 'Số QĐ sáng kiến', 'Ngày QĐ sáng kiến'],
    [1, 'nguyen van an', 'HTXSNV', '', '', '', ''],
    [2, 'Trần Thị Bình', 'Hoàn thành tốt nhiệm vụ', 'Khiển trách', 'Số hóa hồ sơ', '15/QĐ-UBND', '20/10/2025'],
    [3, 'Người Lạ', 'HTTNV', '', '', '', ''],
    [4, 'Lê Văn Cường', 'giỏi', '', '', '', ''],
    [5, 'Nguyễn Văn An', 'HTNV', '', '', '', ''],
    [],
  ];
  const people = [
    { participantId: 'a', name: 'Nguyễn Văn An' },
    { participantId: 'b', name: 'Trần Thị Bình' },
    { participantId: 'c', name: 'Lê Văn Cường' },
  ];

  it('finds the header, guesses the columns, and says row by row what happens', () => {
    const header = detectHeader(rows);
    expect(header?.dataStart).toBe(2);
    const mapping = guessRatingMapping(header?.titles ?? []);
    expect(mapping).toEqual([null, 'fullName', 'rating', 'discipline', 'initiativeName', 'initiativeDecision', 'initiativeDate']);
    const plan = ratingDryRun({ rows, dataStart: 2, mapping, people, newId: () => 'new-id' });
    expect(plan.changes.map((c) => [c.rowNumber, c.participantId, c.result.rating, c.result.discipline, c.result.initiatives.length])).toEqual([
      [3, 'a', 'xuat-sac', 'none', 0],
      [4, 'b', 'tot', 'khien-trach', 1],
    ]);
    expect(plan.changes[1]?.result.initiatives[0]).toEqual({ id: 'new-id', name: 'Số hóa hồ sơ', decisionNumber: '15/QĐ-UBND', decisionDate: '2025-10-20' });
    expect(plan.skipped).toEqual([
      { rowNumber: 5, name: 'Người Lạ', reason: 'Không có người này trong danh sách bình xét của phong trào' },
      { rowNumber: 6, name: 'Lê Văn Cường', reason: 'Không hiểu xếp loại «giỏi»' },
      { rowNumber: 7, name: 'Nguyễn Văn An', reason: 'Trùng với dòng 3' },
    ]);
  });

  it('refuses to guess between two people of the same name', () => {
    const plan = ratingDryRun({ rows: [['Họ và tên', 'Xếp loại'], ['Nguyễn Văn An', 'HTTNV']], dataStart: 1, mapping: ['fullName', 'rating'], people: [...people, { participantId: 'd', name: 'Nguyễn Văn An' }], newId: () => 'x' });
    expect(plan.changes).toEqual([]);
    expect(plan.skipped[0]?.reason).toMatch(/^Có 2 người cùng họ tên/);
  });
});
