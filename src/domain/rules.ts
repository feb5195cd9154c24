// Rules that change with the law (Decree 98/2023 → 152/2025): kept as campaign data with
// the plan's values as defaults, never as code. Each default says where it comes from.
import { z } from 'zod';
// First, for its z.config (jitless): a schema built before it probes `new Function`, which the
// Content Security Policy refuses, on every page load where this module is evaluated first.
import './common';

/** "ít nhất" (at least, ≥) or "trên" (more than, >) the fraction of the base. */
export const COMPARISONS = ['at-least', 'more-than'] as const;
export const comparisonSchema = z.enum(COMPARISONS);
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * A fraction such as 2/3 with its comparison; `majority` is "quá nửa", strictly more than
 * half: floor(B/2)+1. "More than 100%" can never be reached, so it is refused.
 */
export const thresholdSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority') }),
  z
    .object({
      kind: z.literal('fraction'),
      numerator: z.number().int().min(1, 'Tỉ lệ phải lớn hơn 0'),
      denominator: z.number().int().min(1, 'Mẫu số phải từ 1 trở lên'),
      comparison: comparisonSchema.default('at-least'),
    })
    .refine((t) => t.numerator <= t.denominator, { message: 'Tỉ lệ không được lớn hơn 100%' })
    .refine((t) => t.comparison === 'at-least' || t.numerator < t.denominator, { message: '“Trên 100%” thì không ai đạt được: hãy chọn “ít nhất”' }),
]);
export type Threshold = z.infer<typeof thresholdSchema>;

export const VOTING_MODES = ['paper', 'hands', 'pc-secret'] as const;
export const votingModeSchema = z.enum(VOTING_MODES);
export type VotingMode = z.infer<typeof votingModeSchema>;
export const VOTING_MODE_LABELS: Record<VotingMode, string> = {
  paper: 'Bỏ phiếu kín bằng phiếu giấy',
  hands: 'Biểu quyết giơ tay',
  'pc-secret': 'Bỏ phiếu kín trên máy',
};

export const VOTE_BASES = ['all-members', 'present', 'valid-ballots'] as const;
export const voteBaseSchema = z.enum(VOTE_BASES);
export type VoteBase = z.infer<typeof voteBaseSchema>;
export const VOTE_BASE_LABELS: Record<VoteBase, string> = {
  'all-members': 'tổng số thành viên Hội đồng',
  present: 'số thành viên có mặt',
  'valid-ballots': 'số phiếu hợp lệ',
};

/**
 * The members who must be physically present before a vote opens: a fraction in (0, 1] of all
 * members, "at least" (2/3 is common) or "more than" ("quá nửa": 1/2, more than → 5 of 8).
 */
export const quorumSchema = z
  .object({
    numerator: z.number().int().min(1, 'Tỉ lệ có mặt phải lớn hơn 0'),
    denominator: z.number().int().min(1, 'Mẫu số phải từ 1 trở lên'),
    comparison: comparisonSchema.default('at-least'),
  })
  .refine((q) => q.numerator <= q.denominator, { message: 'Số thành viên có mặt tối thiểu không được lớn hơn tổng số thành viên (tỉ lệ tối đa 1/1)' })
  .refine((q) => q.comparison === 'at-least' || q.numerator < q.denominator, { message: '“Trên 100%” thì không bao giờ đủ người: hãy chọn “ít nhất”' });
export type Quorum = z.infer<typeof quorumSchema>;

export const votingRulesSchema = z.object({
  mode: votingModeSchema,
  threshold: thresholdSchema,
  base: voteBaseSchema,
  quorum: quorumSchema,
  writtenOpinionsCount: z.boolean(),
  maxRounds: z.number().int().min(1).max(5),
  /** Decree 152/2025 art. 4: among equals, prefer a woman (or a collective ≥70% women). Off unless chosen. */
  womenPreference: z.boolean(),
  source: z.string().default(''),
});
export type VotingRules = z.infer<typeof votingRulesSchema>;

export const DEFAULT_VOTING_RULES: VotingRules = {
  mode: 'paper',
  threshold: { kind: 'majority' },
  base: 'all-members',
  quorum: { numerator: 2, denominator: 3, comparison: 'at-least' },
  writtenOpinionsCount: true,
  maxRounds: 2,
  womenPreference: false,
  source:
    'Quy chế làm việc của Hội đồng Thi đua - Khen thưởng xã (Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP)',
};

export const CATEGORIES = ['collective', 'individual'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;
export const CATEGORY_LABELS: Record<Category, string> = { collective: 'Tập thể', individual: 'Cá nhân' };

export const moneyRulesSchema = z.object({
  /** Reward = coefficient × base salary on the decision date, rounded up to `roundTo` đồng. */
  roundTo: z.number().int().min(1),
  source: z.string().default(''),
});
export type MoneyRules = z.infer<typeof moneyRulesSchema>;

export const DEFAULT_MONEY_RULES: MoneyRules = {
  roundTo: 10_000,
  source: 'Nghị định 152/2025/NĐ-CP: mức tiền thưởng = hệ số × mức lương cơ sở, làm tròn lên hàng chục nghìn đồng',
};

/** The rules a round for this award is voted under: the award's own, or the campaign's. */
export function rulesForAward(campaignRules: VotingRules, award: { votingRules?: VotingRules | undefined } | undefined): VotingRules {
  return award?.votingRules ?? campaignRules;
}
