// Live reads of the award history for the ledger page, through its read model (one record per
// year): the newest year (or the year asked for) first, so the first rows show at once; the
// other years after it. Whether the pages are whole is checked once the first rows are up (the
// count of the table costs as much as the first rows); pages found not whole are rebuilt, and
// meanwhile the rows come from the entries.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ledgerPagesWhole, readLedger, repairLedgerPages } from '../../db/ledger-pages-repo';
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
  // Once the first rows are up, whether the pages are whole; checked again whenever the ledger
  // changes. (A live query keeps its last result when its inputs change, so `started` stays true.)
  const [started, setStarted] = useState(false);
  const whole = useLiveQuery(() => (started ? ledgerPagesWhole() : undefined), [started]);
  const trust = whole === false ? 'entries' : 'pages';
  const head = useLiveQuery(() => readLedger((years) => (year !== undefined ? [year] : years.slice(0, 1)), trust), [year, trust]);
  if (head !== undefined && !started) setStarted(true);
  const tail = useLiveQuery(() => (year === undefined && started ? readLedger((years) => years.slice(1), trust) : undefined), [year, started, trust]);
  // Pages not whole, or not yet in the ledger's order (as the upgrade to version 5 left them), are rebuilt once.
  const stale = whole === false || !!head?.stale || !!tail?.stale || !!head?.unordered || !!tail?.unordered;
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
