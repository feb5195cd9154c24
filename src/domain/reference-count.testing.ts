// A second, deliberately simple counter written from the rules in shared/domain.md, not from
// the app's code: it reads every ballot one by one (the app only sees the committee's totals),
// and is used by the tests to check that the frozen result names the right winners.
// Test-only: nothing in the app imports it.

export type Mark = 'agree' | 'disagree' | 'blank';

export interface RefMember {
  id: string;
  attendance: 'present' | 'absent-written' | 'absent';
  /** Candidates this member does not vote on. */
  recusedOn: string[];
  /** Absent with a written opinion for this round: the candidates agreed with. */
  writtenAgree?: string[];
  /** Present: the ballot returned (paper / on-PC), or the hands raised; undefined = no ballot returned. */
  ballot?: { valid: boolean; marks: Record<string, Mark> };
}

export interface RefRules {
  mode: 'paper' | 'hands' | 'pc-secret';
  threshold: { kind: 'majority' } | { kind: 'fraction'; numerator: number; denominator: number; comparison: 'at-least' | 'more-than' };
  base: 'all-members' | 'present' | 'valid-ballots';
  writtenOpinionsCount: boolean;
  maxRounds: number;
  womenPreference: boolean;
}

export interface RefRound {
  rules: RefRules;
  quota: number;
  attempt: number;
  candidates: string[];
  members: RefMember[];
  women: string[];
}

export interface RefCandidate {
  agree: number;
  base: number;
  required: number;
  passes: boolean;
}

export interface RefResult {
  candidates: Record<string, RefCandidate>;
  winners: string[];
  tied: string[];
  runoff: boolean;
  /** Winners chosen by the Decree 152 preference among equals (only where it decided). */
  preferredWinners: string[];
}

/** Smallest whole n with n/base reaching the threshold, found by counting up. */
function needed(rules: RefRules, base: number): number {
  for (let n = 0; n <= base + 1; n++) {
    if (rules.threshold.kind === 'majority') {
      if (2 * n > base) return Math.max(n, 1);
    } else {
      const lhs = n * rules.threshold.denominator;
      const rhs = base * rules.threshold.numerator;
      if (rules.threshold.comparison === 'at-least' ? lhs >= rhs : lhs > rhs) return Math.max(n, 1);
    }
  }
  return base + 1;
}

function writtenIsValid(round: RefRound, m: RefMember): boolean {
  if (!round.rules.writtenOpinionsCount || m.attendance !== 'absent-written' || !m.writtenAgree) return false;
  return m.writtenAgree.filter((c) => round.candidates.includes(c)).length <= round.quota;
}

export function referenceCount(round: RefRound): RefResult {
  const candidates: Record<string, RefCandidate> = {};
  for (const c of round.candidates) {
    let base = 0;
    let agree = 0;
    for (const m of round.members) {
      if (m.recusedOn.includes(c)) continue; // not entitled to vote on c: never in its base
      const hasValidBallot = m.attendance === 'present' && (round.rules.mode === 'hands' || (m.ballot?.valid ?? false));
      const hasValidWritten = writtenIsValid(round, m);
      if (round.rules.base === 'all-members') base += 1;
      if (round.rules.base === 'present' && (m.attendance === 'present' || hasValidWritten)) base += 1;
      if (round.rules.base === 'valid-ballots' && (hasValidBallot || hasValidWritten)) base += 1;
      if (hasValidBallot && m.ballot?.marks[c] === 'agree') agree += 1;
      if (hasValidWritten && m.writtenAgree?.includes(c)) agree += 1;
    }
    const required = needed(round.rules, base);
    candidates[c] = { agree, base, required, passes: base > 0 && agree >= required };
  }

  const passing = round.candidates.filter((c) => candidates[c]?.passes).sort((x, y) => (candidates[y]?.agree ?? 0) - (candidates[x]?.agree ?? 0));
  const none = { candidates, winners: [] as string[], tied: [] as string[], runoff: false, preferredWinners: [] as string[] };
  if (round.quota === 0) return none;
  if (passing.length <= round.quota) return { ...none, winners: passing };
  const edge = candidates[passing[round.quota - 1] ?? '']?.agree ?? 0;
  const winners = passing.filter((c) => (candidates[c]?.agree ?? 0) > edge);
  let tied = passing.filter((c) => candidates[c]?.agree === edge);
  let seats = round.quota - winners.length;
  // Equals compete for fewer seats than they are: only then may the preference decide.
  if (tied.length <= seats) return { ...none, winners: [...winners, ...tied] };
  const preferredWinners: string[] = [];
  if (round.rules.womenPreference) {
    const women = tied.filter((c) => round.women.includes(c));
    if (women.length > 0 && women.length < tied.length) {
      if (women.length <= seats) {
        winners.push(...women);
        preferredWinners.push(...women);
        seats -= women.length;
        tied = tied.filter((c) => !women.includes(c));
      } else {
        tied = women;
      }
    }
  }
  if (seats === 0 || tied.length <= seats) return { ...none, winners: seats === 0 ? winners : [...winners, ...tied], preferredWinners };
  return { candidates, winners, tied, runoff: round.attempt < round.rules.maxRounds, preferredWinners };
}
