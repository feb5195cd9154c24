// Eligibility of a participant: every criterion that applies to its category is appraised
// "đạt", and no disqualifier applies (a substantiated complaint dated within the window of a
// disqualifier criterion excludes). Pure: the reasons come back in Vietnamese, ready to show.
import { DEFAULT_COMPLAINT_WINDOW, type Campaign, type ComplaintWindow, type Criterion } from './campaign';
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

/** What the windows are computed from: the campaign year and its launch and end dates. */
export interface CampaignDates {
  year: number;
  timeline: Pick<Campaign['timeline'], 'launch' | 'end'>;
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

export function campaignPeriod(campaign: CampaignDates): { start: string; end: string } {
  return {
    start: campaign.timeline.launch ?? `${campaign.year}-01-01`,
    end: campaign.timeline.end ?? `${campaign.year}-12-31`,
  };
}

/** A disqualifier's complaint window as dates, and in words for reasons and pages. */
export interface ComplaintPeriod {
  criterionNumber: number;
  start: string;
  end: string;
  /** "trong năm 2024", "trong thời gian phát động (26/04/2024 – 31/12/2024)", "trong thời gian từ … đến …". */
  words: string;
}

export function complaintPeriod(window: ComplaintWindow | undefined, campaign: CampaignDates): Omit<ComplaintPeriod, 'criterionNumber'> {
  const w = window ?? DEFAULT_COMPLAINT_WINDOW;
  if (w.kind === 'campaign-period') {
    const { start, end } = campaignPeriod(campaign);
    return { start, end, words: `trong thời gian phát động (${formatDate(start)} – ${formatDate(end)})` };
  }
  if (w.kind === 'dates') {
    // The schema requires both days; a record written otherwise falls back to the year's ends.
    const start = w.from ?? `${campaign.year}-01-01`;
    const end = w.to ?? `${campaign.year}-12-31`;
    return { start, end, words: `trong thời gian từ ${formatDate(start)} đến ${formatDate(end)}` };
  }
  return { start: `${campaign.year}-01-01`, end: `${campaign.year}-12-31`, words: `trong năm ${campaign.year}` };
}

/** The windows of the disqualifier criteria that apply to `category`, in criterion order. */
export function complaintPeriods(campaign: EligibilityInput['campaign'], category: Category): ComplaintPeriod[] {
  return campaign.criteria.flatMap((c, index) =>
    c.kind === 'disqualifier' && appliesTo(c, category) ? [{ criterionNumber: index + 1, ...complaintPeriod(c.complaintWindow, campaign) }] : [],
  );
}

/** The first window a complaint dated `date` falls in, if any. */
export function periodOf(periods: readonly ComplaintPeriod[], date: string): ComplaintPeriod | undefined {
  return periods.find((p) => date >= p.start && date <= p.end);
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

  const periods = complaintPeriods(campaign, category);
  const disqualifying = live(input.complaints)
    .filter((c) => c.substantiated)
    .flatMap((c) => {
      const period = periodOf(periods, c.date);
      return period ? [{ date: c.date, period }] : [];
    })
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const { date, period } of disqualifying) reasons.push(`Có phản ánh được xác minh ngày ${formatDate(date)}, ${period.words}`);

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
