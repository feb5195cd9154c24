// Wires the campaign tabs' "Kết quả năm" to the data: shown for a campaign that evaluates annual titles.
import { useLiveQuery } from 'dexie-react-hooks';
import { readIsYearEndCampaign } from '../db/campaign-kind-read';
import { provideYearEndCheck } from '../ui/campaign-tabs';

function useIsYearEndCampaign(campaignId: string): boolean {
  return useLiveQuery(() => readIsYearEndCampaign(campaignId), [campaignId]) ?? false;
}

provideYearEndCheck(useIsYearEndCampaign);
