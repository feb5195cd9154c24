// Everything the nomination table needs for one campaign, read live from IndexedDB so
// other tabs and the council screen follow each other's changes. The participants' summaries
// stand in for the campaign's evidence: a change re-reads one record per participant, not
// every evidence record. Summaries found not whole are rebuilt once; meanwhile the rows come
// from the records.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNominationTable } from '../../db/nomination-table-read';
import { repairCampaignSummaries } from '../../db/participant-summaries-repo';
import type { TableSource } from './table-rows';

/** undefined while loading, null when the campaign does not exist. */
export function useTableSource(campaignId: string): TableSource | null | undefined {
  const read = useLiveQuery(() => readNominationTable(campaignId), [campaignId]);
  const stale = !!read?.stale;
  useEffect(() => {
    if (stale) void repairCampaignSummaries(campaignId);
  }, [stale, campaignId]);
  return read;
}
