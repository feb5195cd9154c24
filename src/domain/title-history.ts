// A rule that reads the award history: "N consecutive years of title X" ending at a given
// year (e.g. a proposal upward needs 2 consecutive years of CSTĐ cơ sở). The history itself is
// kept elsewhere; this takes the list of a participant's past awards as plain data.
import { z } from 'zod';
import type { TitleState } from './annual-titles-eval';

export const consecutiveYearsRuleSchema = z.object({
  kind: z.literal('consecutive-years'),
  /** The award looked for in the history: an annual title key or another award's key. */
  awardKey: z.string().min(1),
  awardName: z.string().min(1),
  years: z.number().int().min(1).max(50),
  source: z.string().default(''),
});
export type ConsecutiveYearsRule = z.infer<typeof consecutiveYearsRuleSchema>;

export interface PastAward {
  year: number;
  awardKey: string;
}

export interface HistoryVerdict {
  state: TitleState;
  explanation: string;
  /** The years of the window that hold the award, oldest first. */
  found: number[];
}

/**
 * Whether the award was received in each of the `rule.years` years ending at `throughYear`.
 * A year before `historyFrom` (the first year the history is complete) that lacks the award is
 * unknown, not missing: the ledger may simply not reach back that far.
 */
export function evaluateConsecutiveYears(rule: ConsecutiveYearsRule, awards: readonly PastAward[], throughYear: number, historyFrom?: number): HistoryVerdict {
  const from = throughYear - rule.years + 1;
  const held = new Set(awards.filter((a) => a.awardKey === rule.awardKey).map((a) => a.year));
  const window = Array.from({ length: rule.years }, (_, i) => from + i);
  const found = window.filter((y) => held.has(y));
  const start = historyFrom ?? Math.min(throughYear, ...awards.map((a) => a.year));
  const missing = window.filter((y) => !held.has(y) && y >= start);
  const unrecorded = window.filter((y) => !held.has(y) && y < start);
  const span = rule.years === 1 ? `năm ${throughYear}` : `${rule.years} năm liên tục ${from}–${throughYear}`;
  const cite = rule.source ? ` (${rule.source})` : '';
  if (missing.length > 0)
    return { state: 'not-met', found, explanation: `Không đạt: cần ${rule.awardName} ${span}, nhưng năm ${missing.join(', ')} không có${cite}` };
  if (unrecorded.length > 0)
    return { state: 'unknown', found, explanation: `Chưa xác định: cần ${rule.awardName} ${span}; sổ theo dõi chưa có dữ liệu năm ${unrecorded.join(', ')}${cite}` };
  return { state: 'met', found, explanation: `Đạt: có ${rule.awardName} ${span}${cite}` };
}
