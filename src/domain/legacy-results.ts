// Rounds closed before results were frozen (data from an earlier version of the app, or an
// older backup file) get their frozen result once, when the data is upgraded or read: counted
// from the tally and electorate they stored, with who qualified for the Decree 152 preference
// read from the same data. After that, nothing counts them again.
import type { VotingRound } from './council';
import type { RoundResult } from './round-result-schema';
import { checkQuorum, percentText, requiredVotes } from './quorum';
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

/**
 * The result of a round closed by an earlier version, counted exactly as that version counted
 * and published it (algorithm 0): every absent member's written opinion counted in full, the
 * base "valid ballots" taken as valid ballots less the recused members present, and no Decree
 * 152 preference (publishing never applied it). Recounting it under the current rules could take a
 * seat from someone whose award was already decided.
 */
export function legacyResult(round: VotingRound, lookup: PreferenceLookup): RoundResult | undefined {
  if (!needsLegacyResult(round) || !round.electorate || !round.tally) return undefined;
  // The rules as the earlier version stored them, validated when the round was made. Not parsed
  // again here: this runs in the database upgrade, which every first page load evaluates, and the
  // schema library would add ~25 KB to the first visit; a rule stored before `comparison` existed
  // reads as "at least", which is what the counting helpers assume when it is absent.
  const rules = round.rules;
  const e = round.electorate;
  const tally = round.tally;
  const present = e.memberIds.filter((m) => e.attendance[m] === 'present');
  const candidateIds = [...new Set(round.candidateIds)];
  const counted = candidateIds.map((candidateId) => {
    const recusedOn = (m: string) => (e.recusals[m] ?? []).includes(candidateId);
    const recused = e.memberIds.filter(recusedOn).length;
    const presentVoters = present.filter((m) => !recusedOn(m)).length;
    const recusedPresent = present.length - presentVoters;
    const writers = rules.writtenOpinionsCount ? e.memberIds.filter((m) => e.attendance[m] === 'absent-written' && !recusedOn(m)) : [];
    const writtenAgree = writers.filter((m) => (e.writtenOpinions[m] ?? []).includes(candidateId)).length;
    const t = tally.perCandidate[candidateId] ?? { agree: 0, disagree: 0 };
    const base =
      rules.base === 'all-members'
        ? e.memberIds.length - recused
        : rules.base === 'present'
          ? presentVoters + writers.length
          : (rules.mode === 'hands' ? presentVoters : Math.max(0, tally.valid - recusedPresent)) + writers.length;
    const agree = t.agree + writtenAgree;
    const required = requiredVotes(rules.threshold, base);
    return {
      candidateId,
      agree,
      disagree: t.disagree + writers.length - writtenAgree,
      blank: t.blank ?? 0,
      writtenAgree,
      writtenDisagree: writers.length - writtenAgree,
      recused,
      base,
      required,
      percent: percentText(agree, base),
      passes: base > 0 && agree >= required,
    };
  });
  counted.sort((a, b) => b.agree - a.agree || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
  const passing = counted.filter((c) => c.passes);
  let winners: string[] = [];
  let tie: { candidateIds: string[]; seats: number } | undefined;
  if (round.quota > 0 && passing.length > 0) {
    if (passing.length <= round.quota) winners = passing.map((c) => c.candidateId);
    else {
      const edge = passing[round.quota - 1]?.agree ?? 0;
      winners = passing.filter((c) => c.agree > edge).map((c) => c.candidateId);
      const tied = passing.filter((c) => c.agree === edge).map((c) => c.candidateId);
      const seats = round.quota - winners.length;
      if (tied.length <= seats) winners.push(...tied);
      else tie = { candidateIds: tied, seats };
    }
  }
  const canRunoff = !!tie && round.attempt < rules.maxRounds;
  const reason = round.mismatchAcceptedReason ?? '';
  return {
    algorithm: 0,
    computedAt: round.closedAt ?? round.updatedAt,
    rules,
    quota: round.quota,
    attempt: round.attempt,
    electorate: e,
    quorum: checkQuorum(e.memberIds.length, present.length, rules.quorum),
    ballots: rules.mode === 'hands' ? { issued: present.length, returned: present.length, valid: present.length, invalid: 0 } : { issued: tally.issued, returned: tally.returned, valid: tally.valid, invalid: tally.invalid },
    writtenOpinions: e.memberIds
      .filter((m) => e.attendance[m] === 'absent-written')
      .map((memberId) => ({
        memberId,
        status: rules.writtenOpinionsCount ? ('applied' as const) : ('not-counted' as const),
        agreeIds: candidateIds.filter((c) => (e.writtenOpinions[memberId] ?? []).includes(c)),
        reason: rules.writtenOpinionsCount ? '' : 'Quy chế của Hội đồng không tính ý kiến bằng văn bản.',
      })),
    preferredIds: preferredAmong(candidateIds, lookup),
    candidates: counted.map((c) => ({
      ...c,
      outcome: winners.includes(c.candidateId) ? 'chosen' : tie?.candidateIds.includes(c.candidateId) ? 'tied' : c.passes ? 'passed-over-quota' : 'failed',
      preferred: false,
    })),
    winners,
    ...(tie ? { tie } : {}),
    ...(canRunoff && tie ? { runoff: tie } : {}),
    tieUnresolved: !!tie && !canRunoff,
    acceptedIssues: reason ? ['Sai lệch kiểm phiếu được chấp nhận khi kết thúc vòng (phiên bản trước).'] : [],
    mismatchAcceptedReason: reason,
  };
}

function preferredAmong(candidateIds: readonly string[], lookup: PreferenceLookup): string[] {
  return candidateIds.filter((id) => {
    const participantId = lookup.nomination(id)?.participantId;
    const p = participantId ? lookup.participant(participantId) : undefined;
    if (!p) return false;
    return qualifiesForWomenPreference({
      category: p.category,
      gender: p.personId ? lookup.gender(p.personId) : undefined,
      womenPercent: p.unitId ? lookup.womenPercent(p.unitId) : undefined,
    });
  });
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
