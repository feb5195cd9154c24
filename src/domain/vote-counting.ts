// Counting a voting round: per candidate the base, the votes required, agree/disagree
// (written opinions of absentees included when the rules say so), pass/fail; the winners up
// to the quota; and a tie at the quota edge, which is reported and never broken silently.
import type { Attendance, CouncilMember, CouncilSession, Tally, VotingRound } from './council';
import { requiredVotes } from './quorum';
import type { VotingRules } from './rules';

export interface Electorate {
  memberIds: readonly string[];
  attendance: Readonly<Record<string, Attendance>>;
  recusals: Readonly<Record<string, readonly string[]>>;
  writtenOpinions: Readonly<Record<string, readonly string[]>>;
}

export interface CountInput {
  rules: VotingRules;
  quota: number;
  candidateIds: readonly string[];
  /** 1 for a first round, 2 for a run-off, ... */
  attempt: number;
  electorate: Electorate;
  tally: Tally;
  /** Candidates that qualify for Decree 152 art. 4 (a woman, or a collective ≥70% women). */
  preferred?: ReadonlySet<string>;
}

export interface CandidateResult {
  candidateId: string;
  agree: number;
  disagree: number;
  /** Of which from written opinions. */
  writtenAgree: number;
  recused: number;
  base: number;
  required: number;
  passes: boolean;
}

export interface RoundOutcome {
  /** Sorted by agree votes, most first. */
  candidates: CandidateResult[];
  winners: string[];
  /** Candidates tied at the quota edge competing for `seats` remaining places. */
  tie?: { candidateIds: string[]; seats: number };
  /** Proposed when a tie remains and the rules allow another round. */
  runoff?: { candidateIds: string[]; seats: number };
  /** A tie remains and no round is left: the council must decide, the app does not. */
  tieUnresolved: boolean;
  /** Decree 152 art. 4 used: who was preferred among whom. */
  preference?: { chosen: string[]; among: string[] };
}

export function countCandidate(input: CountInput, candidateId: string): CandidateResult {
  const { electorate: e, rules, tally } = input;
  let recused = 0;
  let presentVoters = 0;
  let recusedPresent = 0;
  let written = 0;
  let writtenAgree = 0;
  for (const memberId of e.memberIds) {
    const isRecused = (e.recusals[memberId] ?? []).includes(candidateId);
    const attendance = e.attendance[memberId] ?? 'absent';
    if (isRecused) {
      recused += 1;
      if (attendance === 'present') recusedPresent += 1;
      continue;
    }
    if (attendance === 'present') presentVoters += 1;
    if (attendance === 'absent-written' && rules.writtenOpinionsCount) {
      written += 1;
      if ((e.writtenOpinions[memberId] ?? []).includes(candidateId)) writtenAgree += 1;
    }
  }
  const counted = tally.perCandidate[candidateId] ?? { agree: 0, disagree: 0 };
  const base =
    rules.base === 'all-members'
      ? e.memberIds.length - recused
      : rules.base === 'present'
        ? presentVoters + written
        : (rules.mode === 'hands' ? presentVoters : Math.max(0, tally.valid - recusedPresent)) + written;
  const agree = counted.agree + writtenAgree;
  const required = requiredVotes(rules.threshold, base);
  return {
    candidateId,
    agree,
    disagree: counted.disagree + (written - writtenAgree),
    writtenAgree,
    recused,
    base,
    required,
    passes: base > 0 && agree >= required,
  };
}

const byAgreeThenId = (a: CandidateResult, b: CandidateResult) =>
  b.agree - a.agree || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);

export function countRound(input: CountInput): RoundOutcome {
  const candidates = [...new Set(input.candidateIds)].map((id) => countCandidate(input, id)).sort(byAgreeThenId);
  const passing = candidates.filter((c) => c.passes);
  const quota = Math.max(0, input.quota);
  const none: RoundOutcome = { candidates, winners: [], tieUnresolved: false };
  if (quota === 0 || passing.length === 0) return none;
  if (passing.length <= quota) return { ...none, winners: passing.map((c) => c.candidateId) };

  const edge = passing[quota - 1]?.agree ?? 0;
  const sure = passing.filter((c) => c.agree > edge).map((c) => c.candidateId);
  let tied = passing.filter((c) => c.agree === edge).map((c) => c.candidateId);
  let seats = quota - sure.length;
  const winners = [...sure];
  let preference: RoundOutcome['preference'];

  if (input.rules.womenPreference && input.preferred) {
    const preferred = tied.filter((id) => input.preferred?.has(id));
    if (preferred.length > 0 && preferred.length < tied.length) {
      if (preferred.length <= seats) {
        winners.push(...preferred);
        seats -= preferred.length;
        preference = { chosen: preferred, among: tied };
        tied = seats > 0 ? tied.filter((id) => !preferred.includes(id)) : [];
      } else {
        preference = { chosen: preferred, among: tied };
        tied = preferred;
      }
    }
  }
  const withPreference = preference ? { preference } : {};
  if (tied.length <= seats) {
    return { ...none, ...withPreference, winners: [...winners, ...tied] };
  }
  const tie = { candidateIds: tied, seats };
  const canRunoff = input.attempt < input.rules.maxRounds;
  return { ...none, ...withPreference, winners, tie, ...(canRunoff ? { runoff: tie } : {}), tieUnresolved: !canRunoff };
}

/** The electorate of a round: frozen at opening, or the session's current one before that. */
export function electorateOf(round: VotingRound, session: CouncilSession, members: readonly CouncilMember[]): Electorate {
  if (round.electorate) return round.electorate;
  return {
    memberIds: members.filter((m) => !m.deletedAt && m.campaignId === round.campaignId).map((m) => m.id),
    attendance: session.attendance,
    recusals: session.recusals,
    writtenOpinions: session.writtenOpinions,
  };
}

/** The result of a stored round, for any feature that shows votes (nominations, minutes). */
export function roundResult(
  round: VotingRound,
  session: CouncilSession,
  members: readonly CouncilMember[],
  preferred?: ReadonlySet<string>,
): RoundOutcome {
  const tally = round.tally ?? { issued: 0, returned: 0, valid: 0, invalid: 0, perCandidate: {} };
  return countRound({
    rules: round.rules,
    quota: round.quota,
    candidateIds: round.candidateIds,
    attempt: round.attempt,
    electorate: electorateOf(round, session, members),
    tally,
    ...(preferred ? { preferred } : {}),
  });
}

/** Percentage of the base, one decimal, Vietnamese comma ("66,7%"). */
export function percentText(agree: number, base: number): string {
  if (base <= 0) return '0%';
  return `${String(Math.round((agree / base) * 1000) / 10).replace('.', ',')}%`;
}
