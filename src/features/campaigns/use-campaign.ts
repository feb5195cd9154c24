// Live read of one campaign: undefined while loading, null when it does not exist (or was deleted).
import { useLiveQuery } from 'dexie-react-hooks';
import { campaignsRepo } from '../../db/campaign-repo';
import type { Campaign } from '../../domain/campaign';

export function useCampaign(campaignId: string | undefined): Campaign | null | undefined {
  return useLiveQuery(async () => (campaignId ? ((await campaignsRepo.get(campaignId)) ?? null) : null), [campaignId]);
}
