// Whether a campaign evaluates annual titles, read from the stored record without its schema:
// the tab bar's check is in the first-visit bundle, which must not carry the schemas.
import { db } from './database';
import { isYearEndCampaign } from '../domain/campaign-kind';

export async function readIsYearEndCampaign(campaignId: string): Promise<boolean> {
  const campaign = await db().campaigns.get(campaignId);
  return !!campaign && isYearEndCampaign(campaign);
}
