// Live reads of the award history for the ledger page, through its read model (one record per
// year): the newest year (or the year asked for) first, so the first rows show at once; the
// other years after it. Pages found not whole are rebuilt once; meanwhile rows come from the entries.
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readLedger, repairLedgerPages } from '../../db/ledger-pages-repo';
import { listUnits } from '../../db/register-repo';
import type { HistoryRow } from '../../domain/award-history-view';
import { compareText } from '../../lib/vi-text';

export interface LedgerState {
  /** The rows read so far, in the ledger's order; undefined before the first year arrives. */
  rows: HistoryRow[] | undefined;
  years: number[];
  /** The ledger's lines in all. */
  lines: number;
  /** Earlier years are still being read. */
  loadingMore: boolean;
}

/** `year`: one year only, or undefined for every year. */
export function useLedger(year: number | undefined): LedgerState {
  const head = useLiveQuery(() => readLedger((years) => (year !== undefined ? [year] : years.slice(0, 1))), [year]);
  const started = head !== undefined;
  const tail = useLiveQuery(() => (year === undefined && started ? readLedger((years) => years.slice(1)) : undefined), [year, started]);
  const stale = !!head?.stale || !!tail?.stale;
  useEffect(() => {
    if (stale) void repairLedgerPages();
  }, [stale]);
  const wantsTail = year === undefined && !!head && head.years.length > 1;
  // One array per read, not per render: the search narrows what it found for the last keystroke.
  const rows = useMemo(() => (head && wantsTail && tail ? [...head.rows, ...tail.rows] : head?.rows), [head, tail, wantsTail]);
  if (!head) return { rows: undefined, years: [], lines: 0, loadingMore: false };
  return { rows, years: head.years, lines: head.lines, loadingMore: wantsTail && !tail };
}

export function useRegisterUnits() {
  return useLiveQuery(async () => (await listUnits()).sort((a, b) => compareText(a.name, b.name)), []);
}
