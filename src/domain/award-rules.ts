// Which rules, quota and nominees a round for one award (hình thức khen thưởng) uses: the award's
// own rules when the campaign sets them (Chiến sĩ thi đua cơ sở by 4/5 of all members), else the
// campaign's; its quota; and the nominations made for it.
import type { Reward } from './campaign';
import { checkQuorum, quorumPhrase, thresholdPhrase, type QuorumCheck } from './quorum';
import { CATEGORY_LABELS, rulesForAward, VOTE_BASE_LABELS, type Category, type VotingRules } from './rules';

/** How an award is named where two awards share a form ("Giấy khen …" for collectives and for individuals). */
export function awardLabel(award: Pick<Reward, 'form' | 'category'>): string {
  return `${award.form} (${CATEGORY_LABELS[award.category].toLocaleLowerCase('vi')})`;
}

export interface AwardRound {
  rewardId: string;
  category: Category;
  quota: number;
  rules: VotingRules;
}

/** What a new round for `award` starts from; the operator may still change the quota and the mode. */
export function awardRoundDefaults(campaignRules: VotingRules, award: Reward): AwardRound {
  return { rewardId: award.id, category: award.category, quota: award.quota, rules: rulesForAward(campaignRules, award) };
}

/**
 * How many a new round chooses, before the operator changes it: the award's quota, but never more
 * than the nominees put to the vote. A title has no quota of its own (the year-end template sets it
 * to everyone registered, 30): a round of 3 CSTĐ nominees read "chọn 30" on the operator's screen,
 * the projector and the ballot papers ("chọn tối đa 30").
 */
export function defaultRoundQuota(award: Pick<Reward, 'quota'>, nominees: number): number {
  return Math.max(1, Math.min(award.quota, nominees));
}

/**
 * The nominations a round for `award` puts to the vote: those made for it, and those of its
 * category whose award is no longer in the plan (removed after they were nominated), which would
 * otherwise reach no round at all.
 */
export function nomineesOfAward<N extends { rewardId: string; category: Category }>(nominations: readonly N[], award: Pick<Reward, 'id' | 'category'>, awards: readonly Pick<Reward, 'id'>[]): N[] {
  const known = new Set(awards.map((a) => a.id));
  return nominations.filter((n) => n.rewardId === award.id || (!known.has(n.rewardId) && n.category === award.category));
}

/** The rules as one line for the operator and the projector: what passes, of what, and the quorum. */
export function rulesLine(rules: Pick<VotingRules, 'threshold' | 'base' | 'quorum'>): string {
  return `Đạt khi đồng ý ${thresholdPhrase(rules.threshold)} ${VOTE_BASE_LABELS[rules.base]}; túc số: ${quorumPhrase(rules.quorum)}`;
}

/**
 * The session's quorum as the rounds will check it: the campaign's, then each award whose own
 * rules need a different number of members present (Chiến sĩ thi đua cơ sở by 4/5). A badge that
 * showed the campaign's alone said "đủ túc số" where the stricter round would then refuse to open.
 */
export function sessionQuorums(campaignRules: VotingRules, awards: readonly Reward[], members: number, present: number): { label: string; check: QuorumCheck }[] {
  const general = checkQuorum(members, present, campaignRules.quorum);
  const own = awards
    .map((a) => ({ label: awardLabel(a), check: checkQuorum(members, present, rulesForAward(campaignRules, a).quorum) }))
    .filter((q) => q.check.required !== general.required);
  return [{ label: '', check: general }, ...own];
}
