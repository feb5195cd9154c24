import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { loadDemoData } from './demo-data';
import { readMoneyReport } from './money-report-read';
import { moneyReport } from '../domain/money-report';
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
});
