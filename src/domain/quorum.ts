// Thresholds and quorum as integer arithmetic: how many votes or members a fraction of B
// requires. A strict majority of B is floor(B/2)+1 (never ceil(B/2)+1, a known bug elsewhere).
import type { Comparison, Quorum, Threshold } from './rules';

export function strictMajority(base: number): number {
  return Math.floor(base / 2) + 1;
}

/** The least whole number n with n ≥ B·num/den ("at least") or n > B·num/den ("more than"). */
export function leastReaching(base: number, numerator: number, denominator: number, comparison: Comparison): number {
  // Integer arithmetic only: B·num/den as a floor and a remainder, never a float.
  const product = base * numerator;
  const floor = Math.floor(product / denominator);
  if (comparison === 'more-than') return floor + 1;
  return product % denominator === 0 ? floor : floor + 1;
}

/** The least whole number of votes that reaches `threshold` of `base` (at least 1). */
export function requiredVotes(threshold: Threshold, base: number): number {
  if (threshold.kind === 'majority') return strictMajority(base);
  return Math.max(1, leastReaching(base, threshold.numerator, threshold.denominator, threshold.comparison));
}

const percentOf = (n: number, d: number) => String(Math.round((n / d) * 1000) / 10).replace('.', ',');

export function thresholdLabel(threshold: Threshold): string {
  if (threshold.kind === 'majority') return 'quá bán (trên 50%)';
  return `${threshold.numerator}/${threshold.denominator} (${percentOf(threshold.numerator, threshold.denominator)}%)`;
}

/** The threshold as it reads after "Đạt khi số phiếu đồng ý …": "quá bán (trên 50%)", "ít nhất 2/3 (66,7%)", "trên 2/3 (66,7%)". */
export function thresholdPhrase(threshold: Threshold): string {
  if (threshold.kind === 'majority') return thresholdLabel(threshold);
  return `${threshold.comparison === 'more-than' ? 'trên' : 'ít nhất'} ${thresholdLabel(threshold)}`;
}

/** The quorum as it reads: "ít nhất 2/3 tổng số thành viên", "quá nửa tổng số thành viên". */
export function quorumPhrase(quorum: Quorum): string {
  if (quorum.comparison === 'more-than' && quorum.numerator * 2 === quorum.denominator) return 'quá nửa tổng số thành viên';
  const words = quorum.comparison === 'more-than' ? 'trên' : 'ít nhất';
  return `${words} ${quorum.numerator}/${quorum.denominator} tổng số thành viên`;
}

export interface QuorumCheck {
  total: number;
  present: number;
  required: number;
  met: boolean;
}

/** Quorum counts members physically present; a written opinion does not make a member present. */
export function checkQuorum(total: number, present: number, quorum: Pick<Quorum, 'numerator' | 'denominator'> & { comparison?: Comparison | undefined }): QuorumCheck {
  const required = Math.max(1, leastReaching(total, quorum.numerator, quorum.denominator, quorum.comparison ?? 'at-least'));
  return { total, present, required, met: total > 0 && present >= required };
}

/** agree ÷ base with two decimals and a Vietnamese comma ("57,14%"); "—" for an empty base. */
export function percentText(agree: number, base: number): string {
  if (base <= 0) return '—';
  return `${String(Math.round((agree * 10000) / base) / 100).replace('.', ',')}%`;
}
