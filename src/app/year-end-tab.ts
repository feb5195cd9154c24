// Wires the campaign tabs' "Kết quả năm" to the data: shown for a campaign that evaluates annual titles.
import { useLiveQuery } from 'dexie-react-hooks';
import { campaignsRepo } from '../db/campaign-repo';
import { isYearEndCampaign } from '../domain/year-end';
import { provideYearEndCheck } from '../ui/campaign-tabs';

function useIsYearEndCampaign(campaignId: string): boolean {
  return (
    useLiveQuery(async () => {
      const c = await campaignsRepo.get(campaignId);
      return !!c && isYearEndCampaign(c);
    }, [campaignId]) ?? false
  );
}

provideYearEndCheck(useIsYearEndCampaign);
