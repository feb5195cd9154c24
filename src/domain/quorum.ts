// Thresholds and quorum as integer arithmetic: how many votes or members a fraction of B
// requires. A strict majority of B is floor(B/2)+1 (never ceil(B/2)+1, a known bug elsewhere).
import type { Threshold } from './rules';

export function strictMajority(base: number): number {
  return Math.floor(base / 2) + 1;
}

/** The least whole number of votes that reaches `threshold` of `base` (at least 1). */
export function requiredVotes(threshold: Threshold, base: number): number {
  if (threshold.kind === 'majority') return strictMajority(base);
  // ceil(base × n / d) without floating point.
  return Math.max(1, Math.ceil((base * threshold.numerator) / threshold.denominator));
}

export function thresholdLabel(threshold: Threshold): string {
  if (threshold.kind === 'majority') return 'quá bán (trên 50%)';
  const percent = Math.round((threshold.numerator / threshold.denominator) * 1000) / 10;
  return `${threshold.numerator}/${threshold.denominator} (${String(percent).replace('.', ',')}%)`;
}

/** The threshold as it reads after "Đạt khi số phiếu đồng ý …": "quá bán (trên 50%)", "ít nhất 2/3 (66,7%)". */
export function thresholdPhrase(threshold: Threshold): string {
  return threshold.kind === 'majority' ? thresholdLabel(threshold) : `ít nhất ${thresholdLabel(threshold)}`;
}

export interface QuorumCheck {
  total: number;
  present: number;
  required: number;
  met: boolean;
}

/** Quorum counts members physically present; a written opinion does not make a member present. */
export function checkQuorum(total: number, present: number, quorum: { numerator: number; denominator: number }): QuorumCheck {
  const required = Math.max(1, Math.ceil((total * quorum.numerator) / quorum.denominator));
  return { total, present, required, met: total > 0 && present >= required };
}
