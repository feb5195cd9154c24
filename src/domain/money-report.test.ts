import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ledgerMoneyLines, moneyReport, moneyReportSheets, moneyWords, type MoneyLine } from './money-report';
import type { AwardEntry } from './award-history';

const line = (over: Partial<MoneyLine>): MoneyLine => ({
  decisionKey: 'd1',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2025-01-20',
  source: 'CCHC 2024',
  recipient: 'Nguyễn Văn An',
  collective: false,
  award: 'Giấy khen',
  coefficient: 0.3,
  baseSalary: 2_340_000,
  amount: 710_000,
  ...over,
});

describe('money report', () => {
  it('files a decision under the year it was signed, not the campaign year', () => {
    const years = moneyReport([line({}), line({ decisionKey: 'd2', decisionNumber: '80/QĐ-UBND', decisionDate: '2024-12-30', source: 'CCHC 2024', amount: 1_410_000 })]);
    expect(years.map((y) => [y.year, y.total])).toEqual([[2025, 710_000], [2024, 1_410_000]]);
  });

  it('totals a decision and its year, units before people, people by given name', () => {
    const years = moneyReport([
      line({ recipient: 'Trần Thị Bình', amount: 710_000 }),
      line({ recipient: 'Lê Văn An', amount: 710_000 }),
      line({ recipient: 'Ấp Phú Lợi', collective: true, coefficient: 0.6, amount: 1_410_000 }),
    ]);
    const d = years[0]?.decisions[0];
    expect(d?.lines.map((l) => l.recipient)).toEqual(['Ấp Phú Lợi', 'Lê Văn An', 'Trần Thị Bình']);
    expect([d?.collectives, d?.individuals, d?.total]).toEqual([1, 2, 2_830_000]);
  });

  it('orders decisions of a year by date, then number read as a number', () => {
    const years = moneyReport([
      line({ decisionKey: 'b', decisionNumber: '10/QĐ-UBND', decisionDate: '2025-03-01' }),
      line({ decisionKey: 'a', decisionNumber: '9/QĐ-UBND', decisionDate: '2025-03-01' }),
      line({ decisionKey: 'c', decisionNumber: '2/QĐ-UBND', decisionDate: '2025-01-05' }),
    ]);
    expect(years[0]?.decisions.map((d) => d.number)).toEqual(['2/QĐ-UBND', '9/QĐ-UBND', '10/QĐ-UBND']);
  });

  it('loses and invents no money: every line counted once, totals add up at each level', () => {
    const arbLine = fc.record({
      decisionKey: fc.constantFrom('a', 'b', 'c', 'd'),
      amount: fc.integer({ min: 0, max: 50_000_000 }),
      collective: fc.boolean(),
      recipient: fc.constantFrom('Nguyễn An', 'Lê Bình', 'Ấp 1', 'Trần Cúc'),
    });
    const dates: Record<string, string> = { a: '2024-05-01', b: '2025-01-20', c: '2025-12-31', d: '2026-07-02' };
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 40 }), (raw) => {
        const lines = raw.map((r) => line({ ...r, decisionDate: dates[r.decisionKey] as string, decisionNumber: r.decisionKey }));
        const years = moneyReport(lines);
        const sum = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
        expect(years.reduce((s, y) => s + y.total, 0)).toBe(sum);
        expect(years.flatMap((y) => y.decisions.flatMap((d) => d.lines))).toHaveLength(lines.length);
        for (const y of years) {
          expect(y.decisions.reduce((s, d) => s + d.total, 0)).toBe(y.total);
          for (const d of y.decisions) expect(Number(d.date.slice(0, 4))).toBe(y.year);
        }
      }),
    );
  });

  it('writes a spreadsheet with money as numbers and a total line per year', () => {
    const { summary, detail } = moneyReportSheets(moneyReport([line({}), line({ recipient: 'Ấp 1', collective: true, amount: 1_410_000 })]), (iso) => iso.split('-').reverse().join('/'));
    expect(summary).toEqual([
      ['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'Số tập thể', 'Số cá nhân', 'Số tiền (đồng)', 'Ghi chú'],
      [2025, '12/QĐ-UBND', '20/01/2025', 'CCHC 2024', 1, 1, 2_120_000, ''],
      [2025, 'Cộng năm 2025', '', '', 1, 1, 2_120_000, ''],
    ]);
    expect(detail.slice(1).map((r) => [r[4], r[5], r[9]])).toEqual([[1, 'Ấp 1', 1_410_000], [2, 'Nguyễn Văn An', 710_000]]);
  });
});

const entry = (over: Partial<AwardEntry>): AwardEntry => ({
  id: 'e1',
  category: 'individual',
  personId: 'p1',
  subjectName: 'Nguyễn Văn An',
  unitName: '',
  title: 'Lao động tiên tiến',
  year: 2023,
  decisionNumber: '05/QĐ-UBND',
  decisionDate: '2024-01-10',
  giver: 'Chủ tịch UBND xã',
  amount: 540_000,
  source: { kind: 'import', batchId: 'b1', fileName: 'so-thi-dua.xlsx', row: 1 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  rev: 1,
  ...over,
});
const money = (n: number) => `${n.toLocaleString('vi-VN')} đ`;

describe('imported ledger years', () => {
  it('reports a ledger line under its decision’s year, marked imported, with the amount it records', () => {
    const { lines } = ledgerMoneyLines([entry({})], []);
    expect(lines).toMatchObject([{ decisionNumber: '05/QĐ-UBND', year: 2024, amount: 540_000, coefficient: null, imported: true, source: 'Sổ theo dõi thi đua, khen thưởng năm 2023 (nhập từ tệp so-thi-dua.xlsx)' }]);
  });

  it('says "không ghi số tiền" for a line without an amount, and never adds it as 0', () => {
    const { lines } = ledgerMoneyLines([entry({}), entry({ id: 'e2', subjectName: 'Trần Thị Bình', amount: 0 })], []);
    const [year] = moneyReport(lines);
    expect([year?.total, year?.unknownAmounts]).toEqual([540_000, 1]);
    expect(moneyWords(year?.total ?? 0, year?.unknownAmounts ?? 0, 2, money)).toBe('540.000 đ (1 dòng không ghi số tiền)');
    expect(moneyWords(0, 2, 2, money)).toBe('không ghi số tiền');
    const { summary, detail } = moneyReportSheets(moneyReport(ledgerMoneyLines([entry({ amount: 0 })], []).lines), (iso) => iso);
    expect(summary[1]?.slice(6)).toEqual(['không ghi số tiền', 'Nhập từ sổ theo dõi (bảng tính)']);
    expect(summary[2]?.[6]).toBe('không ghi số tiền');
    expect(detail[1]?.slice(7)).toEqual(['', '', 'không ghi số tiền', 'Nhập từ sổ theo dõi (bảng tính)']);
  });

  it('files an undated line under the award’s year; skips corrected and annulled lines; follows a correction', () => {
    const { lines } = ledgerMoneyLines(
      [
        entry({ id: 'a', decisionDate: undefined, year: 2022 }),
        entry({ id: 'b', subjectName: 'Lê Văn Cường' }),
        entry({ id: 'c', subjectName: 'Lê Văn Cường', amount: 600_000, source: { kind: 'manual' }, corrects: { entryId: 'b', reason: 'Sai số tiền', annul: false }, createdAt: '2025-02-01T00:00:00.000Z' }),
        entry({ id: 'd', subjectName: 'Phạm Văn Dũng' }),
        entry({ id: 'x', source: { kind: 'manual' }, corrects: { entryId: 'd', reason: 'Ghi nhầm', annul: true }, createdAt: '2025-02-01T00:00:00.000Z' }),
        entry({ id: 'm', subjectName: 'Hồ Thị Mai', source: { kind: 'manual' } }),
      ],
      [],
    );
    expect(lines.map((l) => [l.recipient, l.year, l.amount])).toEqual([
      ['Nguyễn Văn An', 2022, 540_000],
      ['Lê Văn Cường', 2024, 600_000],
    ]);
  });

  it('leaves out a ledger line of a decision the app already reports, so no money counts twice', () => {
    const out = ledgerMoneyLines([entry({ decisionNumber: '125/QĐ-UBND', decisionDate: '2025-01-20' })], [{ decisionNumber: '125/QĐ-UBND', decisionDate: '2025-01-20' }]);
    expect(out).toEqual({ lines: [], alreadyReported: 1 });
  });
});
