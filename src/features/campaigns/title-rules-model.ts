// The title settings form: what the officer types (shares as "70%" or "2/3", a council rule per
// title), its zod schema with the Vietnamese messages, and the conversion to and from the
// campaign's titleRules and its titled awards' voting rules.
import { z } from 'zod';
import { DEFAULT_TITLE_RULES, DISCIPLINE_LABELS, DISCIPLINES, titleRulesSchema, type Share, type TitleRules } from '../../domain/annual-titles';
import type { Campaign, Reward } from '../../domain/campaign';
import { VOTE_BASES, type VotingRules } from '../../domain/rules';
import { parseShare, sameShare, shareText } from '../../domain/title-settings';

const BARS = DISCIPLINES.filter((d) => d !== 'none') as ['khien-trach', 'canh-cao', 'higher'];
export const THRESHOLD_CHOICES = ['majority', 'at-least', 'more-than'] as const;

const SHARE_HINT = 'Nhập tỉ lệ như văn bản vẫn viết, ví dụ 70% hoặc 2/3';

/** A share typed as text: refused with a message unless it is a share above 0% and at most 100%. */
function shareIssue(text: string): string | undefined {
  const share = parseShare(text);
  if (!share) return text.trim() === '' ? 'Cần nhập tỉ lệ, ví dụ 70%' : `“${text.trim()}” không phải tỉ lệ. ${SHARE_HINT}.`;
  if (share.numerator === 0) return 'Tỉ lệ phải lớn hơn 0%';
  if (share.numerator > share.denominator) return 'Tỉ lệ không được lớn hơn 100%';
  return undefined;
}

const votingChoice = z.object({
  rewardId: z.string(),
  own: z.boolean(),
  threshold: z.enum(THRESHOLD_CHOICES),
  share: z.string(),
  base: z.enum(VOTE_BASES),
  source: z.string().trim().max(1000, 'Căn cứ dài quá 1.000 ký tự'),
});

export const titleSettingsForm = z
  .object({
    individualDisciplineBar: z.enum(BARS),
    individualDisciplineSource: z.string().trim().max(1000, 'Căn cứ dài quá 1.000 ký tự'),
    collectiveShare: z.string(),
    collectiveDisciplineBar: z.enum(BARS),
    collectiveSource: z.string().trim().max(1000, 'Căn cứ dài quá 1.000 ký tự'),
    capEnabled: z.boolean(),
    capShare: z.string(),
    capSource: z.string().trim().max(1000, 'Căn cứ dài quá 1.000 ký tự'),
    voting: z.array(votingChoice),
  })
  .superRefine((f, ctx) => {
    const collective = shareIssue(f.collectiveShare);
    if (collective) ctx.addIssue({ code: 'custom', path: ['collectiveShare'], message: collective });
    const cap = f.capEnabled ? shareIssue(f.capShare) : undefined;
    if (cap) ctx.addIssue({ code: 'custom', path: ['capShare'], message: cap });
    f.voting.forEach((v, i) => {
      if (!v.own || v.threshold === 'majority') return;
      const issue = shareIssue(v.share);
      if (issue) ctx.addIssue({ code: 'custom', path: ['voting', i, 'share'], message: issue });
      const share = parseShare(v.share);
      if (!issue && share && v.threshold === 'more-than' && share.numerator === share.denominator)
        ctx.addIssue({ code: 'custom', path: ['voting', i, 'share'], message: '“Trên 100%” thì không ai đạt được: hãy chọn “Ít nhất”' });
    });
  });
export type TitleSettingsInput = z.input<typeof titleSettingsForm>;
export type TitleSettingsValues = z.output<typeof titleSettingsForm>;

export type VotingChoice = TitleSettingsValues['voting'][number];

/** The awards of the campaign that are annual titles, in the plan's order. */
export function titledRewards(campaign: Pick<Campaign, 'rewards'>): Reward[] {
  return campaign.rewards.filter((r) => r.titleKey);
}

function choiceOf(reward: Reward): VotingChoice {
  const rules = reward.votingRules;
  const threshold = rules?.threshold;
  return {
    rewardId: reward.id,
    own: !!rules,
    threshold: !threshold || threshold.kind === 'majority' ? 'majority' : (threshold.comparison ?? 'at-least'),
    share: threshold?.kind === 'fraction' ? shareText(threshold) : '80%',
    base: rules?.base ?? 'all-members',
    source: rules?.source ?? '',
  };
}

export function toForm(campaign: Pick<Campaign, 'titleRules' | 'rewards'>): TitleSettingsInput {
  const r = campaign.titleRules ?? DEFAULT_TITLE_RULES;
  return {
    individualDisciplineBar: r.individualDisciplineBar,
    individualDisciplineSource: r.individualDisciplineSource,
    collectiveShare: shareText(r.collective.minShareLdtt),
    collectiveDisciplineBar: r.collective.disciplineBar,
    collectiveSource: r.collective.source,
    capEnabled: r.cstdCap.enabled,
    capShare: shareText(r.cstdCap.share),
    capSource: r.cstdCap.source,
    voting: titledRewards(campaign).map(choiceOf),
  };
}

/** The typed share, or the stored one when it is the same amount (4/5 typed as "80%" is no change). */
function shareOf(text: string, stored: Share): Share {
  const typed = parseShare(text);
  return !typed || sameShare(typed, stored) ? stored : typed;
}

/** The template's wording of the collective rule, which names its numbers ("từ 70% … Cảnh cáo"). */
const GENERATED_COLLECTIVE = /^Thiết lập của xã: từ .+ thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ .+ trở lên$/;

/**
 * The source printed beside the verdict: a wording the app wrote follows the numbers, so a unit is
 * never told "cần ít nhất 2 (60%)" beside "từ 70% thành viên"; a source the officer wrote stays.
 */
export function collectiveSource(source: string, share: Share, bar: TitleRules['collective']['disciplineBar']): string {
  if (!GENERATED_COLLECTIVE.test(source.trim())) return source;
  return `Thiết lập của xã: từ ${shareText(share)} thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ ${DISCIPLINE_LABELS[bar]} trở lên`;
}

/**
 * The campaign's titleRules and rewards after the form. An award's own rule sets what passes and
 * of what; its quorum, mode and the rest stay as they were (or the campaign's when it had none),
 * which is what the plan editor does too. A cap switched off keeps its share for next time.
 */
export function fromForm(campaign: Pick<Campaign, 'titleRules' | 'rewards' | 'votingRules'>, f: TitleSettingsValues): { titleRules: TitleRules; rewards: Reward[] } {
  const before = campaign.titleRules ?? DEFAULT_TITLE_RULES;
  const titleRules = titleRulesSchema.parse({
    individualDisciplineBar: f.individualDisciplineBar,
    individualDisciplineSource: f.individualDisciplineSource,
    collective: {
      minShareLdtt: shareOf(f.collectiveShare, before.collective.minShareLdtt),
      disciplineBar: f.collectiveDisciplineBar,
      source: collectiveSource(f.collectiveSource, shareOf(f.collectiveShare, before.collective.minShareLdtt), f.collectiveDisciplineBar),
    },
    cstdCap: { enabled: f.capEnabled, share: shareOf(f.capShare, before.cstdCap.share), source: f.capSource },
  });
  const choices = new Map(f.voting.map((v) => [v.rewardId, v]));
  const rewards = campaign.rewards.map((reward) => {
    const choice = choices.get(reward.id);
    if (!choice) return reward;
    const { votingRules: old, ...rest } = reward;
    if (!choice.own) return rest;
    const stored = old?.threshold.kind === 'fraction' ? old.threshold : undefined;
    const share = stored ? shareOf(choice.share, stored) : parseShare(choice.share);
    const threshold: VotingRules['threshold'] =
      choice.threshold === 'majority' || !share ? { kind: 'majority' } : { kind: 'fraction', numerator: share.numerator, denominator: share.denominator, comparison: choice.threshold };
    return { ...rest, votingRules: { ...(old ?? campaign.votingRules), threshold, base: choice.base, source: choice.source } };
  });
  return { titleRules, rewards };
}
