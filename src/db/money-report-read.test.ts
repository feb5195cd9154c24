import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { loadDemoData } from './demo-data';
import { readMoneyReport } from './money-report-read';
import { moneyReport, moneyReportSheets } from '../domain/money-report';
import { importAwards } from './award-history-repo';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('money report read', () => {
  it('reports the finished demo campaign under 2025 with the amounts its decision froze', async () => {
    await loadDemoData();
    const data = await readMoneyReport();
    const years = moneyReport(data.lines);
    expect(years.map((y) => y.year)).toEqual([2025]);
    const d = years[0]?.decisions[0];
    expect(d?.number).toBe('125/QĐ-UBND');
    expect([d?.collectives, d?.individuals]).toEqual([1, 3]);
    // 0.6 × 2,340,000 = 1,404,000 → 1,410,000; 0.3 × 2,340,000 = 702,000 → 710,000 (rounded up to 10,000 đ).
    expect(d?.total).toBe(1_410_000 + 3 * 710_000);
    // The practice campaign has no decision: it is neither reported nor listed as a draft.
    expect(data.drafts).toEqual([]);
  });

  it('reads the stored amounts: a later change of the base salary table does not move the report', async () => {
    await loadDemoData();
    const before = moneyReport((await readMoneyReport()).lines);
    await database.settings.toCollection().modify((s) => {
      s.baseSalaries = [{ effectiveFrom: '2024-07-01', amount: 9_999_000, source: 'nhập nhầm' }];
    });
    expect(moneyReport((await readMoneyReport()).lines)).toEqual(before);
  });

  it('keeps a decision not yet signed out of the money, and names it', async () => {
    await loadDemoData();
    const decided = (await database.campaigns.toArray()).find((c) => c.status === 'closed');
    if (!decided) throw new Error('demo has a closed campaign');
    await database.campaigns.update(decided.id, { status: 'council' });
    const data = await readMoneyReport();
    expect(data.lines).toEqual([]);
    expect(data.drafts.map((x) => x.name)).toEqual([decided.shortName]);
  });

  it('includes the years imported from the office’s ledger, marked imported, "không ghi số tiền" where no amount was written', async () => {
    await loadDemoData();
    const [an, binh] = (await database.people.toArray()).filter((p) => !p.deletedAt);
    if (!an || !binh) throw new Error('demo has people');
    const row = (person: typeof an, amount?: number) => ({
      category: 'individual' as const,
      personId: person.id,
      subjectName: person.fullName,
      title: 'Lao động tiên tiến',
      year: 2023,
      decisionNumber: '05/QĐ-UBND',
      decisionDate: '2024-01-10',
      giver: 'Chủ tịch UBND xã',
      source: { kind: 'import' as const, batchId: 'x', fileName: 'so-2023.xlsx', row: 1 },
      ...(amount === undefined ? {} : { amount }),
    });
    await importAwards([row(an, 540_000), row(binh)], 'so-2023.xlsx');
    const years = moneyReport((await readMoneyReport()).lines);
    expect(years.map((y) => y.year)).toEqual([2025, 2024]);
    const ledger = years[1]?.decisions[0];
    expect([ledger?.number, ledger?.imported, ledger?.total, ledger?.unknownAmounts, ledger?.individuals]).toEqual(['05/QĐ-UBND', true, 540_000, 1, 2]);
    expect(ledger?.lines.map((l) => [l.recipient, l.amount])).toEqual(expect.arrayContaining([[an.fullName, 540_000], [binh.fullName, null]]));
    // The decision made in the app is not marked imported, and its money is untouched.
    expect([years[0]?.decisions[0]?.imported, years[0]?.total]).toEqual([false, 1_410_000 + 3 * 710_000]);
    const { summary } = moneyReportSheets(years, (iso) => iso);
    expect(summary.find((r) => r[1] === '05/QĐ-UBND')?.slice(6)).toEqual([540_000, 'Nhập từ sổ theo dõi (bảng tính); 1 dòng không ghi số tiền']);
  });
});
