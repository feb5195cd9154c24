// What the council decided about each nomination, for the nomination table, the minutes and
// the decision: the frozen result of the latest published round that named it. A correction
// supersedes the whole chain of the round it corrects (its run-offs included).
import type { VotingRound } from './council';
import type { NominationStatus } from './nomination';
import type { FrozenCandidate, RoundResult } from './round-result-schema';

export interface NominationVote extends FrozenCandidate {
  roundId: string;
  roundNumber: number;
  sessionId: string;
  selected: boolean;
  /** Still tied at the quota edge in that round (a run-off or the council decides). */
  tied: boolean;
}

/** Rounds that no longer count: corrected ones, and every run-off descending from them. */
export function supersededRoundIds(rounds: readonly VotingRound[]): Set<string> {
  const alive = rounds.filter((r) => !r.deletedAt);
  const superseded = new Set(alive.map((r) => r.replacesRoundId).filter((id): id is string => !!id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of alive) {
      if (r.runoffOf && superseded.has(r.runoffOf) && !superseded.has(r.id)) {
        superseded.add(r.id);
        grew = true;
      }
    }
  }
  return superseded;
}

/** The frozen result of a round, once it closed (rounds of old data get theirs on upgrade). */
export function frozenResult(round: VotingRound): RoundResult | undefined {
  return round.status === 'closed' || round.status === 'published' ? round.result : undefined;
}

export function nominationVotes(rounds: readonly VotingRound[]): Map<string, NominationVote> {
  const superseded = supersededRoundIds(rounds);
  // A run-off decides after the round it settles, whenever each was published: rounds are taken
  // in the order of the chain (attempt), then in the order they were published.
  const published = rounds
    .filter((r) => !r.deletedAt && r.status === 'published' && r.result && !superseded.has(r.id))
    .sort((a, b) => a.attempt - b.attempt || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.number - b.number);
  const votes = new Map<string, NominationVote>();
  for (const round of published) {
    const result = round.result;
    if (!result) continue;
    for (const c of result.candidates) {
      votes.set(c.candidateId, {
        ...c,
        roundId: round.id,
        roundNumber: round.number,
        sessionId: round.sessionId,
        selected: c.outcome === 'chosen',
        tied: c.outcome === 'tied',
      });
    }
  }
  return votes;
}

/** Statuses a council result never overrides: the award is made, or the nominee left. */
const SETTLED: ReadonlySet<NominationStatus> = new Set(['awarded', 'withdrawn']);

/**
 * Where a nomination stands once the latest published round that named it is known:
 * chosen → "selected"; still tied at the quota edge → stays "on the ballot" for the
 * run-off; otherwise "not selected". Null when nothing changes (no published vote yet, the
 * award already made, the nomination withdrawn, or already in that status).
 */
export function statusAfterPublishing(current: NominationStatus, vote: NominationVote | undefined): NominationStatus | null {
  if (!vote || SETTLED.has(current)) return null;
  const next: NominationStatus = vote.selected ? 'selected' : vote.tied ? 'on-ballot' : 'not-selected';
  return next === current ? null : next;
}
