// Eligibility of a participant: every criterion that applies to its category is appraised
// "đạt", and no disqualifier applies (a substantiated complaint dated within the campaign
// period excludes). Pure: the reasons come back in Vietnamese, ready to show.
import type { Campaign, Criterion } from './campaign';
import type { Category } from './rules';
import type { AppraisalResult } from './evidence';
import { formatDate } from '../lib/vi-date';

export interface EligibilityInput {
  campaign: Pick<Campaign, 'criteria' | 'timeline' | 'year'>;
  category: Category;
  evidence: readonly { criterionId: string; deletedAt?: string | undefined }[];
  appraisals: readonly { criterionId: string; result: AppraisalResult; deletedAt?: string | undefined }[];
  complaints: readonly { date: string; substantiated: boolean; deletedAt?: string | undefined }[];
}

export type CriterionState = 'met' | 'not-met' | 'pending' | 'no-evidence';

export interface EligibilityResult {
  eligible: boolean;
  disqualified: boolean;
  criteriaMet: number;
  criteriaTotal: number;
  perCriterion: { criterionId: string; number: number; state: CriterionState }[];
  reasons: string[];
}

export function appliesTo(criterion: Criterion, category: Category): boolean {
  return criterion.appliesTo === 'both' || criterion.appliesTo === category;
}

export function campaignPeriod(campaign: EligibilityInput['campaign']): { start: string; end: string } {
  return {
    start: campaign.timeline.launch ?? `${campaign.year}-01-01`,
    end: campaign.timeline.end ?? `${campaign.year}-12-31`,
  };
}

export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const { campaign, category } = input;
  const live = <T extends { deletedAt?: string | undefined }>(xs: readonly T[]) => xs.filter((x) => !x.deletedAt);
  const evidence = live(input.evidence);
  const appraisals = live(input.appraisals);
  const reasons: string[] = [];
  const perCriterion: EligibilityResult['perCriterion'] = [];

  campaign.criteria.forEach((criterion, index) => {
    if (!appliesTo(criterion, category)) return;
    const number = index + 1;
    const appraisal = appraisals.find((a) => a.criterionId === criterion.id);
    const hasEvidence = evidence.some((e) => e.criterionId === criterion.id);
    let state: CriterionState;
    if (appraisal?.result === 'dat') state = 'met';
    else if (appraisal?.result === 'khong-dat') state = 'not-met';
    else if (!hasEvidence && !appraisal) state = 'no-evidence';
    else state = 'pending';
    perCriterion.push({ criterionId: criterion.id, number, state });
    if (state === 'no-evidence') reasons.push(`Chưa có minh chứng cho tiêu chí ${number}`);
    else if (state === 'pending') reasons.push(appraisal ? `Tiêu chí ${number}: chưa đạt` : `Tiêu chí ${number}: chưa được đánh giá`);
    else if (state === 'not-met') reasons.push(`Tiêu chí ${number}: không đạt`);
  });

  const { start, end } = campaignPeriod(campaign);
  const hasDisqualifier = campaign.criteria.some((c) => c.kind === 'disqualifier' && appliesTo(c, category));
  const disqualifying = hasDisqualifier
    ? live(input.complaints)
        .filter((c) => c.substantiated && c.date >= start && c.date <= end)
        .sort((a, b) => (a.date < b.date ? -1 : 1))
    : [];
  for (const complaint of disqualifying) reasons.push(`Có phản ánh được xác minh ngày ${formatDate(complaint.date)}`);

  const criteriaMet = perCriterion.filter((c) => c.state === 'met').length;
  const disqualified = disqualifying.length > 0;
  return {
    eligible: !disqualified && criteriaMet === perCriterion.length,
    disqualified,
    criteriaMet,
    criteriaTotal: perCriterion.length,
    perCriterion,
    reasons,
  };
}
