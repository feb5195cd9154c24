// What the year-end pages read: the campaign, its participants and the register's people (for
// who belongs to which unit), live, so another tab's save shows here by itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { campaignsRepo } from '../../db/campaign-repo';
import { listParticipants } from '../../db/participants-repo';
import { listPeople, listUnits } from '../../db/register-repo';

export function useYearEndData(campaignId: string) {
  return useLiveQuery(async () => {
    const [campaign, participants, people, units] = await Promise.all([campaignsRepo.get(campaignId), listParticipants(campaignId), listPeople(), listUnits()]);
    return { campaign: campaign ?? null, participants, people, units };
  }, [campaignId]);
}
