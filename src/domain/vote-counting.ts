// Counting a voting round, once, when it closes. Per candidate: the base the threshold is taken
// of (members entitled to vote on that candidate: recused members never count), the votes
// required, agree / disagree with the valid written opinions of absent members, pass or fail;
// then the winners up to the quota, a tie at the quota edge (reported, never broken silently)
// and the Decree 152 art. 4 preference among equals when the council switched it on.
import type { Attendance, CouncilMember, CouncilSession, Tally, VotingRound } from './council';
import { checkQuorum, percentText, requiredVotes } from './quorum';
import type { CandidateOutcome, FrozenCandidate, FrozenElectorate, RoundResult, WrittenOpinionUse } from './round-result-schema';
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
  /** In ballot order. */
  candidateIds: readonly string[];
  /** 1 for a first round, 2 for a run-off, ... */
  attempt: number;
  electorate: Electorate;
  /** Paper and on-PC ballots: the counted ballots; a show of hands: the hands per candidate. */
  tally: Tally;
  /** Candidates that qualify for Decree 152 art. 4 (a woman, or a collective with ≥ 70% women). */
  preferredIds?: readonly string[] | undefined;
  acceptedIssues?: readonly string[] | undefined;
  mismatchAcceptedReason?: string | undefined;
}

export type RoundCount = Omit<RoundResult, 'computedAt'>;

const isRecused = (e: Electorate, memberId: string, candidateId: string) => (e.recusals[memberId] ?? []).includes(candidateId);
const present = (e: Electorate) => e.memberIds.filter((m) => e.attendance[m] === 'present');

/** Which written opinions count in this round, and why the others do not. */
export function judgeWrittenOpinions(input: Pick<CountInput, 'rules' | 'quota' | 'candidateIds' | 'electorate'>): WrittenOpinionUse[] {
  const { electorate: e, rules, quota, candidateIds } = input;
  return e.memberIds
    .filter((m) => e.attendance[m] === 'absent-written')
    .map((memberId): WrittenOpinionUse => {
      const given = e.writtenOpinions[memberId];
      const agreeIds = candidateIds.filter((c) => given?.includes(c));
      if (!rules.writtenOpinionsCount) return { memberId, status: 'not-counted', agreeIds, reason: 'Quy chế của Hội đồng không tính ý kiến bằng văn bản.' };
      if (!given) return { memberId, status: 'not-counted', agreeIds, reason: 'Không có ý kiến bằng văn bản cho vòng này.' };
      if (agreeIds.length > quota) {
        return { memberId, status: 'rejected', agreeIds, reason: `Đồng ý ${agreeIds.length} người, nhiều hơn số lượng được chọn (${quota}): không hợp lệ, như phiếu bầu quá số lượng.` };
      }
      return { memberId, status: 'applied', agreeIds, reason: '' };
    });
}

type Counted = Omit<FrozenCandidate, 'outcome' | 'preferred'>;

function countCandidate(input: CountInput, opinions: readonly WrittenOpinionUse[], candidateId: string): Counted {
  const { electorate: e, rules, tally } = input;
  const recused = e.memberIds.filter((m) => isRecused(e, m, candidateId)).length;
  const presentEntitled = present(e).filter((m) => !isRecused(e, m, candidateId)).length;
  const recusedPresent = present(e).length - presentEntitled;
  const t = tally.perCandidate[candidateId] ?? { agree: 0, disagree: 0 };
  // Ballots (or hands) of the members entitled to vote on this candidate.
  const entitled =
    rules.mode === 'hands' ? presentEntitled : Math.max(0, tally.valid - (t.recusedValid ?? Math.min(recusedPresent, tally.valid)));
  let writtenAgree = 0;
  let writtenDisagree = 0;
  for (const o of opinions) {
    if (o.status !== 'applied' || isRecused(e, o.memberId, candidateId)) continue;
    if (o.agreeIds.includes(candidateId)) writtenAgree += 1;
    else writtenDisagree += 1;
  }
  const written = writtenAgree + writtenDisagree;
  const base =
    rules.base === 'all-members' ? e.memberIds.length - recused : rules.base === 'present' ? presentEntitled + written : entitled + written;
  const agree = t.agree + writtenAgree;
  const required = requiredVotes(rules.threshold, base);
  return {
    candidateId,
    agree,
    disagree: t.disagree + writtenDisagree,
    blank: t.blank ?? 0,
    writtenAgree,
    writtenDisagree,
    recused,
    base,
    required,
    percent: percentText(agree, base),
    passes: base > 0 && agree >= required,
  };
}

/**
 * Winners up to the quota, a tie at the edge, and the preference among equals. The preference
 * applies only where equals compete for fewer seats than they are: it is printed where it decided.
 */
interface Decision {
  winners: string[];
  tie?: { candidateIds: string[]; seats: number };
  preference?: { chosen: string[]; among: string[]; narrowedTo?: string[] };
}

function decide(input: CountInput, ranked: readonly Counted[]): Decision {
  const passing = ranked.filter((c) => c.passes);
  const quota = Math.max(0, input.quota);
  if (quota === 0) return { winners: [] };
  if (passing.length <= quota) return { winners: passing.map((c) => c.candidateId) };
  const edge = passing[quota - 1]?.agree ?? 0;
  const winners = passing.filter((c) => c.agree > edge).map((c) => c.candidateId);
  const tied = passing.filter((c) => c.agree === edge).map((c) => c.candidateId);
  const seats = quota - winners.length;
  if (tied.length <= seats) return { winners: [...winners, ...tied] };
  const preferred = input.rules.womenPreference ? tied.filter((id) => input.preferredIds?.includes(id)) : [];
  if (preferred.length === 0 || preferred.length === tied.length) return { winners, tie: { candidateIds: tied, seats } };
  if (preferred.length <= seats) {
    const rest = tied.filter((id) => !preferred.includes(id));
    const left = seats - preferred.length;
    const preference = { chosen: preferred, among: tied };
    if (left === 0) return { winners: [...winners, ...preferred], preference };
    return rest.length <= left
      ? { winners: [...winners, ...preferred, ...rest], preference }
      : { winners: [...winners, ...preferred], preference, tie: { candidateIds: rest, seats: left } };
  }
  // More women than seats: nobody is chosen by the preference; the run-off is among them only.
  return { winners, preference: { chosen: [], among: tied, narrowedTo: preferred }, tie: { candidateIds: preferred, seats } };
}

export function countRound(input: CountInput): RoundCount {
  const candidateIds = [...new Set(input.candidateIds)];
  const opinions = judgeWrittenOpinions({ ...input, candidateIds });
  const order = new Map(candidateIds.map((id, i) => [id, i]));
  const ranked = candidateIds
    .map((id) => countCandidate(input, opinions, id))
    .sort((a, b) => b.agree - a.agree || (order.get(a.candidateId) ?? 0) - (order.get(b.candidateId) ?? 0));
  const { winners, preference, tie } = decide(input, ranked);
  const canRunoff = !!tie && input.attempt < input.rules.maxRounds;
  const outcomeOf = (c: Counted): CandidateOutcome =>
    winners.includes(c.candidateId) ? 'chosen' : tie?.candidateIds.includes(c.candidateId) ? 'tied' : c.passes ? 'passed-over-quota' : 'failed';
  const e = input.electorate;
  const isHands = input.rules.mode === 'hands';
  const presentCount = present(e).length;
  return {
    algorithm: 1,
    rules: input.rules,
    quota: input.quota,
    attempt: input.attempt,
    electorate: {
      memberIds: [...e.memberIds],
      attendance: { ...e.attendance },
      recusals: Object.fromEntries(Object.entries(e.recusals).map(([k, v]) => [k, [...v]])),
      writtenOpinions: Object.fromEntries(Object.entries(e.writtenOpinions).map(([k, v]) => [k, [...v]])),
    },
    quorum: checkQuorum(e.memberIds.length, presentCount, input.rules.quorum),
    ballots: isHands
      ? { issued: presentCount, returned: presentCount, valid: presentCount, invalid: 0 }
      : { issued: input.tally.issued, returned: input.tally.returned, valid: input.tally.valid, invalid: input.tally.invalid },
    writtenOpinions: opinions,
    preferredIds: [...(input.preferredIds ?? [])].filter((id) => order.has(id)),
    candidates: ranked.map((c) => ({ ...c, outcome: outcomeOf(c), preferred: !!preference?.chosen.includes(c.candidateId) && winners.includes(c.candidateId) })),
    winners,
    ...(tie ? { tie } : {}),
    ...(canRunoff && tie ? { runoff: tie } : {}),
    tieUnresolved: !!tie && !canRunoff,
    ...(preference ? { preference } : {}),
    acceptedIssues: [...(input.acceptedIssues ?? [])],
    mismatchAcceptedReason: input.mismatchAcceptedReason ?? '',
  };
}

/**
 * Who may vote in a round that opens now. A first round (or its correction) counts the written
 * opinions the session holds, given for its candidates; a run-off counts only opinions given
 * for that run-off.
 */
export function electorateAtOpening(round: VotingRound, session: CouncilSession, members: readonly CouncilMember[]): FrozenElectorate {
  return {
    memberIds: members.filter((m) => !m.deletedAt && m.campaignId === round.campaignId).map((m) => m.id),
    attendance: { ...session.attendance },
    recusals: { ...session.recusals },
    writtenOpinions: round.runoffOf ? { ...round.writtenOpinions } : { ...session.writtenOpinions, ...round.writtenOpinions },
  };
}

/** The electorate of a round: frozen at opening, or what opening it now would freeze. */
export function electorateOf(round: VotingRound, session: CouncilSession, members: readonly CouncilMember[]): Electorate {
  return round.electorate ?? electorateAtOpening(round, session, members);
}
