// What the council decided about each nomination, for the nomination table, the minutes and
// the decision: the latest published round that named it (a round replaced by a correction
// no longer counts).
import type { CouncilMember, CouncilSession, VotingRound } from './council';
import type { NominationStatus } from './nomination';
import { roundResult, type CandidateResult } from './vote-counting';

export interface NominationVote extends CandidateResult {
  roundId: string;
  roundNumber: number;
  sessionId: string;
  selected: boolean;
  /** Still tied at the quota edge in that round (a run-off or the council decides). */
  tied: boolean;
}

export function nominationVotes(
  rounds: readonly VotingRound[],
  sessions: readonly CouncilSession[],
  members: readonly CouncilMember[],
): Map<string, NominationVote> {
  const replaced = new Set(rounds.filter((r) => !r.deletedAt && r.replacesRoundId).map((r) => r.replacesRoundId));
  const bySession = new Map(sessions.map((s) => [s.id, s]));
  const published = rounds
    .filter((r) => !r.deletedAt && r.status === 'published' && !replaced.has(r.id))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.number - b.number);
  const votes = new Map<string, NominationVote>();
  for (const round of published) {
    const session = bySession.get(round.sessionId);
    if (!session) continue;
    const outcome = roundResult(round, session, members);
    for (const c of outcome.candidates) {
      votes.set(c.candidateId, {
        ...c,
        roundId: round.id,
        roundNumber: round.number,
        sessionId: round.sessionId,
        selected: outcome.winners.includes(c.candidateId),
        tied: outcome.tie?.candidateIds.includes(c.candidateId) ?? false,
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
