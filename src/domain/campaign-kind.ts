// What kind of campaign a record is, without the schema library: the campaign tabs ask it on
// every campaign page, from the first-visit bundle (see app/first-visit.test.ts).
import type { Campaign } from './campaign';

/** A campaign that evaluates annual titles (a year-end evaluation): one of its rewards is a title. */
export function isYearEndCampaign(campaign: Pick<Campaign, 'rewards'>): boolean {
  return campaign.rewards.some((r) => !!r.titleKey);
}
