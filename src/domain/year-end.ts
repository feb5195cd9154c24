// A year-end campaign's titles for each participant: which of the campaign's rewards are annual
// titles, and the verdict of each for each participant, a unit judged on the people of the
// campaign who belong to it. The results page and the nomination dialog read the same verdicts.
import { ANNUAL_TITLE_NAMES, ANNUAL_TITLE_SHORT_NAMES, DEFAULT_TITLE_RULES, type AnnualTitleKey } from './annual-titles';
import { evaluateTitle, type TitleVerdict } from './annual-titles-eval';
import type { Campaign, Participant, Reward } from './campaign';

export { isYearEndCampaign } from './campaign-kind';

export interface PersonLink {
  id: string;
  unitId?: string | undefined;
}

/** The verdicts of every title of the campaign that applies to the participant's category, keyed by reward id. */
export type ParticipantTitles = Map<string, TitleVerdict>;

export function titleVerdicts(
  campaign: Pick<Campaign, 'rewards' | 'year' | 'titleRules'>,
  participants: readonly Pick<Participant, 'id' | 'category' | 'personId' | 'unitId' | 'yearResult'>[],
  people: readonly PersonLink[],
): Map<string, ParticipantTitles> {
  const rules = campaign.titleRules ?? DEFAULT_TITLE_RULES;
  const unitOf = new Map(people.map((p) => [p.id, p.unitId]));
  const membersOf = new Map<string, Participant['yearResult'][]>();
  for (const p of participants) {
    if (p.category !== 'individual' || !p.personId) continue;
    const unitId = unitOf.get(p.personId);
    if (!unitId) continue;
    membersOf.set(unitId, [...(membersOf.get(unitId) ?? []), p.yearResult]);
  }
  const titled = campaign.rewards.filter((r): r is Reward & { titleKey: AnnualTitleKey } => !!r.titleKey);
  const out = new Map<string, ParticipantTitles>();
  for (const p of participants) {
    const mine: ParticipantTitles = new Map();
    for (const reward of titled.filter((r) => r.category === p.category)) {
      const members = p.unitId ? (membersOf.get(p.unitId) ?? []) : [];
      mine.set(reward.id, evaluateTitle(reward.titleKey, { result: p.yearResult, members }, campaign.year, rules));
    }
    out.set(p.id, mine);
  }
  return out;
}

/** A reward as a table line names it: the title's abbreviation ("CSTĐ cơ sở"), else its form. */
export function rewardShortName(reward: Pick<Reward, 'titleKey' | 'form'>): string {
  return reward.titleKey ? ANNUAL_TITLE_SHORT_NAMES[reward.titleKey] : reward.form;
}

/** The categories in which the campaign has several awards (LĐTT and CSTĐ cơ sở for individuals): nominated per award. */
export function perAwardCategories(campaign: Pick<Campaign, 'rewards'>): Set<Reward['category']> {
  const seen = new Map<Reward['category'], number>();
  for (const r of campaign.rewards) seen.set(r.category, (seen.get(r.category) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([c]) => c));
}

/** "Không đạt Lao động tiên tiến: …" as the refusal reason of a nomination for that title. */
export function titleName(key: AnnualTitleKey): string {
  return ANNUAL_TITLE_NAMES[key];
}

/**
 * A nomination's eligibility for a titled reward, as the nomination rules read it: eligible when
 * the title is met; otherwise the verdict's sentence is the reason (and a written reason is needed
 * to nominate anyway, as for any ineligible nominee). Undefined for an award that is no title.
 */
export function titleEligibility(verdicts: Map<string, ParticipantTitles>, participantId: string, rewardId: string): { eligible: boolean; reasons: string[] } | undefined {
  const verdict = verdicts.get(participantId)?.get(rewardId);
  if (!verdict) return undefined;
  return { eligible: verdict.state === 'met', reasons: verdict.state === 'met' ? [] : [verdict.explanation] };
}
