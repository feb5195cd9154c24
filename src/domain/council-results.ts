// What the council decided about each nomination, for the nomination table, the minutes and
// the decision: the latest published round that named it (a round replaced by a correction
// no longer counts).
import type { CouncilMember, CouncilSession, VotingRound } from './council';
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
