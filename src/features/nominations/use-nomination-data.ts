// Everything the nomination table needs for one campaign, read live from IndexedDB so
// other tabs and the council screen follow each other's changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { TableSource } from './table-rows';

export async function loadTableSource(campaignId: string): Promise<TableSource | null> {
  const database = db();
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign || campaign.deletedAt) return null;
  const byCampaign = <K extends 'participants' | 'evidence' | 'appraisals' | 'complaints' | 'nominations' | 'rounds'>(table: K) =>
    database[table].where('campaignId').equals(campaignId).toArray();
  const [participants, evidence, appraisals, complaints, nominations, rounds, people, units] = await Promise.all([
    byCampaign('participants'),
    byCampaign('evidence'),
    byCampaign('appraisals'),
    byCampaign('complaints'),
    byCampaign('nominations'),
    byCampaign('rounds'),
    database.people.toArray(),
    database.units.toArray(),
  ]);
  return { campaign, participants, evidence, appraisals, complaints, nominations, rounds, people, units } as TableSource;
}

/** undefined while loading, null when the campaign does not exist. */
export function useTableSource(campaignId: string): TableSource | null | undefined {
  return useLiveQuery(() => loadTableSource(campaignId), [campaignId]);
}
