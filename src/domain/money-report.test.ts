import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyReport, moneyReportSheets, type MoneyLine } from './money-report';

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
        const sum = lines.reduce((s, l) => s + l.amount, 0);
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
      ['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'Số tập thể', 'Số cá nhân', 'Số tiền (đồng)'],
      [2025, '12/QĐ-UBND', '20/01/2025', 'CCHC 2024', 1, 1, 2_120_000],
      [2025, 'Cộng năm 2025', '', '', 1, 1, 2_120_000],
    ]);
    expect(detail.slice(1).map((r) => [r[4], r[5], r[9]])).toEqual([[1, 'Ấp 1', 1_410_000], [2, 'Nguyễn Văn An', 710_000]]);
  });
});
