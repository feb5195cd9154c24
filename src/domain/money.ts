// Reward money (tiền thưởng): coefficient × the base salary in force on the decision date,
// rounded up to the campaign's step (10,000 đ), per awardee and in total.
import type { BaseSalary } from './settings';
import type { MoneyRules } from './rules';
import { formatNumber } from '../lib/vi-money';

/** The base salary in force on `date` (ISO): the latest entry that started on or before it. */
export function baseSalaryOn(table: readonly BaseSalary[], date: string): BaseSalary | undefined {
  let best: BaseSalary | undefined;
  for (const row of table) {
    if (row.effectiveFrom <= date && (!best || row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  return best;
}

/** Rounds up to a multiple of `step`, tolerant of float noise (0.6 × 2,340,000 = 1,404,000.0000000002). */
export function roundUpTo(amount: number, step: number): number {
  const exact = Math.round(amount * 1000) / 1000;
  return Math.ceil(exact / step) * step;
}

export function rewardAmount(coefficient: number, baseSalary: number, rules: Pick<MoneyRules, 'roundTo'>): number {
  return roundUpTo(coefficient * baseSalary, rules.roundTo);
}

const STEP_WORDS: Record<number, string> = {
  10: 'hàng chục đồng',
  100: 'hàng trăm đồng',
  1_000: 'hàng nghìn đồng',
  10_000: 'hàng chục nghìn đồng',
  100_000: 'hàng trăm nghìn đồng',
  1_000_000: 'hàng triệu đồng',
};

/** "hàng chục nghìn đồng" for 10,000: what the decision says it rounded up to; null when it does not round. */
export function roundingWords(roundTo: number): string | null {
  if (roundTo <= 1) return null;
  return STEP_WORDS[roundTo] ?? `bội số của ${formatNumber(roundTo)} đồng`;
}

export interface AwardeeMoneyInput {
  nominationId: string;
  rewardId: string;
  coefficient: number;
}
export interface AwardeeMoney extends AwardeeMoneyInput {
  baseSalary: number;
  amount: number;
}

export type MoneyResult =
  | { ok: true; baseSalary: BaseSalary; awardees: AwardeeMoney[]; total: number }
  | { ok: false; problem: 'no-date' | 'no-base-salary' };

/** Amounts for every awardee on the decision date; says what is missing instead of guessing. */
export function computeRewards(
  awardees: readonly AwardeeMoneyInput[],
  decisionDate: string | undefined,
  table: readonly BaseSalary[],
  rules: Pick<MoneyRules, 'roundTo'>,
): MoneyResult {
  if (!decisionDate) return { ok: false, problem: 'no-date' };
  const base = baseSalaryOn(table, decisionDate);
  if (!base) return { ok: false, problem: 'no-base-salary' };
  const rows = awardees.map((a) => ({ ...a, baseSalary: base.amount, amount: rewardAmount(a.coefficient, base.amount, rules) }));
  return { ok: true, baseSalary: base, awardees: rows, total: rows.reduce((s, r) => s + r.amount, 0) };
}
