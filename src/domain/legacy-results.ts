// Rounds closed before results were frozen (data from an earlier version of the app, or an
// older backup file) get their frozen result once, when the data is upgraded or read: counted
// from the tally and electorate they stored, with who qualified for the Decree 152 preference
// read from the same data. After that, nothing counts them again.
import type { VotingRound } from './council';
import type { RoundResult } from './round-result-schema';
import { votingRulesSchema } from './rules';
import { countRound } from './vote-counting';
import { qualifiesForWomenPreference } from './women-preference';

export interface PreferenceLookup {
  nomination: (id: string) => { participantId: string } | undefined;
  participant: (id: string) => { category: 'collective' | 'individual'; personId?: string | undefined; unitId?: string | undefined } | undefined;
  gender: (personId: string) => 'nam' | 'nu' | undefined;
  womenPercent: (unitId: string) => number | undefined;
}

export function needsLegacyResult(round: VotingRound): boolean {
  return !round.deletedAt && (round.status === 'closed' || round.status === 'published') && !round.result && !!round.electorate && !!round.tally;
}

export function legacyResult(round: VotingRound, lookup: PreferenceLookup): RoundResult | undefined {
  if (!needsLegacyResult(round) || !round.electorate || !round.tally) return undefined;
  const preferredIds = round.candidateIds.filter((id) => {
    const participantId = lookup.nomination(id)?.participantId;
    const p = participantId ? lookup.participant(participantId) : undefined;
    if (!p) return false;
    return qualifiesForWomenPreference({
      category: p.category,
      gender: p.personId ? lookup.gender(p.personId) : undefined,
      womenPercent: p.unitId ? lookup.womenPercent(p.unitId) : undefined,
    });
  });
  const reason = round.mismatchAcceptedReason ?? '';
  const count = countRound({
    rules: votingRulesSchema.parse(round.rules),
    quota: round.quota,
    candidateIds: round.candidateIds,
    attempt: round.attempt,
    electorate: round.electorate,
    tally: round.tally,
    preferredIds,
    acceptedIssues: reason ? ['Sai lệch kiểm phiếu được chấp nhận trước khi kết quả được chốt tự động.'] : [],
    mismatchAcceptedReason: reason,
  });
  return { ...count, computedAt: round.closedAt ?? round.updatedAt };
}

/** Lookups over plain arrays of records (a backup file's data). */
export function lookupFrom(data: {
  nominations: readonly { id: string; participantId: string }[];
  participants: readonly { id: string; category: 'collective' | 'individual'; personId?: string | undefined; unitId?: string | undefined }[];
  people: readonly { id: string; gender: 'nam' | 'nu' }[];
  units: readonly { id: string; womenPercent?: number | undefined }[];
}): PreferenceLookup {
  const by = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const [n, p, people, units] = [by(data.nominations), by(data.participants), by(data.people), by(data.units)];
  return {
    nomination: (id) => n.get(id),
    participant: (id) => p.get(id),
    gender: (id) => people.get(id)?.gender,
    womenPercent: (id) => units.get(id)?.womenPercent,
  };
}
