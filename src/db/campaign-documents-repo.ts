// The campaign's papers' own dates and numbers (campaign.documents): one audited update of
// the campaign, checked against the revision the page showed.
import type { Campaign } from '../domain/campaign';
import type { CampaignDocuments } from '../domain/campaign-documents';
import { campaignsRepo } from './campaign-repo';

export async function saveCampaignDocuments(campaign: Campaign, change: (current: CampaignDocuments) => CampaignDocuments): Promise<Campaign> {
  return campaignsRepo.update(campaign.id, campaign.rev, { documents: change(campaign.documents) });
}
