// Everything the nomination table needs for one campaign, read live from IndexedDB so
// other tabs and the council screen follow each other's changes. The participants' summaries
// stand in for the campaign's evidence, in a live read of their own: saving evidence re-reads
// one record per participant, not every evidence record, and not the register. Once the rows
// are up, the summaries are checked against the campaign's records (a count of each table) and
// rebuilt if something wrote past them; the rows follow.
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNominationBase, readNominationSummaries } from '../../db/nomination-table-read';
import { checkCampaignSummaries } from '../../db/participant-summaries-repo';
import type { TableSource } from './table-rows';

/** undefined while loading, null when the campaign does not exist. */
export function useTableSource(campaignId: string): TableSource | null | undefined {
  const base = useLiveQuery(() => readNominationBase(campaignId), [campaignId]);
  const read = useLiveQuery(() => readNominationSummaries(campaignId), [campaignId]);
  const shown = !!base && !!read;
  const stale = !!read?.stale;
  useEffect(() => {
    if (shown) void checkCampaignSummaries(campaignId);
  }, [shown, stale, campaignId]);
  return useMemo(() => (base === null ? null : base && read ? { ...base, summaries: read.summaries } : undefined), [base, read]);
}
