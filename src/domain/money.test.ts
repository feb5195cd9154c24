import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseSalaryOn, computeRewards, rewardAmount, roundingWords, roundUpTo } from './money';
import { DEFAULT_BASE_SALARIES, withDefaultBaseSalaries } from './settings';

const rules = { roundTo: 10_000 };

describe('money', () => {
  it('0.6 × 2,340,000 = 1,404,000 → 1,410,000 đ', () => {
    expect(rewardAmount(0.6, 2_340_000, rules)).toBe(1_410_000);
  });
  it('keeps exact multiples, rounds everything else up', () => {
    expect(rewardAmount(1, 2_340_000, rules)).toBe(2_340_000);
    expect(rewardAmount(0.3, 2_340_000, rules)).toBe(710_000); // 702,000
    expect(rewardAmount(1.5, 2_340_000, rules)).toBe(3_510_000);
    expect(rewardAmount(0.1, 2_530_000, rules)).toBe(260_000); // 253,000
  });
  it('is never below the exact product, never a full step above it, always a multiple', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 10_000_000 }), (c10, base) => {
        const coefficient = c10 / 10;
        const amount = rewardAmount(coefficient, base, rules);
        const exact = (c10 * base) / 10;
        expect(amount % 10_000).toBe(0);
        expect(amount).toBeGreaterThanOrEqual(Math.round(exact) - 0.001);
        expect(amount - exact).toBeLessThan(10_000);
      }),
    );
  });
  it('roundUpTo ignores float noise', () => {
    expect(roundUpTo(0.7 * 100_000, 10_000)).toBe(70_000);
  });
  it('takes the base salary in force on the date', () => {
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2023-06-30')).toBeUndefined();
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2023-07-01')?.amount).toBe(1_800_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-06-30')?.amount).toBe(1_800_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-07-01')?.amount).toBe(2_340_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2026-06-30')?.amount).toBe(2_340_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2026-07-01')?.amount).toBe(2_530_000);
    // Order of the table does not matter.
    expect(baseSalaryOn([...DEFAULT_BASE_SALARIES].reverse(), '2027-01-01')?.amount).toBe(2_530_000);
  });
  it('computes per awardee and the total, or says what is missing', () => {
    const awardees = [
      { nominationId: 'a', rewardId: 'r', coefficient: 0.6 },
      { nominationId: 'b', rewardId: 'r', coefficient: 1 },
    ];
    const result = computeRewards(awardees, '2024-12-20', DEFAULT_BASE_SALARIES, rules);
    expect(result.ok && result.awardees.map((a) => a.amount)).toEqual([1_410_000, 2_340_000]);
    expect(result.ok && result.total).toBe(3_750_000);
    expect(computeRewards(awardees, undefined, DEFAULT_BASE_SALARIES, rules)).toEqual({ ok: false, problem: 'no-date' });
    expect(computeRewards(awardees, '2020-01-01', DEFAULT_BASE_SALARIES, rules)).toEqual({ ok: false, problem: 'no-base-salary' });
  });
  it('a Giấy khen for an individual (0.3) follows the base salary of the decision date', () => {
    const giayKhen = [{ nominationId: 'a', rewardId: 'r', coefficient: 0.3 }];
    const amountOn = (date: string) => {
      const r = computeRewards(giayKhen, date, DEFAULT_BASE_SALARIES, rules);
      return r.ok ? r.awardees[0]?.amount : r.problem;
    };
    expect(amountOn('2024-01-20')).toBe(540_000); // 0.3 × 1,800,000 (Nghị định 24/2023/NĐ-CP)
    expect(amountOn('2025-01-20')).toBe(710_000); // 0.3 × 2,340,000 = 702,000 → 710,000
    expect(amountOn('2026-07-02')).toBe(760_000); // 0.3 × 2,530,000 = 759,000 → 760,000
  });
  it('each default row names the decree it comes from', () => {
    expect(DEFAULT_BASE_SALARIES.map((r) => [r.effectiveFrom, r.amount, r.source])).toEqual([
      ['2023-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP'],
      ['2024-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP'],
      ['2026-07-01', 2_530_000, 'Nghị định 161/2026/NĐ-CP'],
    ]);
  });
  it('settings saved with an older table get the missing default rows; the officer’s own rows stay as typed', () => {
    const stored = [
      { effectiveFrom: '2026-07-01', amount: 2_500_000, source: 'Sửa tay' },
      { effectiveFrom: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
    ];
    const filled = withDefaultBaseSalaries(stored);
    expect(filled.map((r) => [r.effectiveFrom, r.amount, r.source])).toEqual([
      ['2023-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP'],
      ['2024-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP'],
      ['2026-07-01', 2_500_000, 'Sửa tay'],
    ]);
    const own = { effectiveFrom: '2027-01-01', amount: 2_700_000, source: '' };
    expect(withDefaultBaseSalaries([...DEFAULT_BASE_SALARIES, own]).map((r) => r.effectiveFrom)).toEqual(['2023-07-01', '2024-07-01', '2026-07-01', '2027-01-01']);
  });
  it('says the rounding step in words for the decision', () => {
    expect(roundingWords(1_000)).toBe('hàng nghìn đồng');
    expect(roundingWords(10_000)).toBe('hàng chục nghìn đồng');
    expect(roundingWords(100_000)).toBe('hàng trăm nghìn đồng');
    expect(roundingWords(1)).toBeNull();
    expect(roundingWords(5_000)).toBe('bội số của 5.000 đồng');
  });
});
