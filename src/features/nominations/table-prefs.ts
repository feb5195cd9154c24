// Column visibility and order of the nomination table, remembered per campaign in
// localStorage (a view preference of this PC, not campaign data, so not in IndexedDB).
import { useEffect, useState } from 'react';
import { DEFAULT_ORDER } from './table-columns';

export interface TablePrefs {
  visibility: Record<string, boolean>;
  order: string[];
  grouped: boolean;
}

const DEFAULT_PREFS: TablePrefs = { visibility: {}, order: DEFAULT_ORDER, grouped: false };
const key = (campaignId: string) => `binh-xet:nominations:table:${campaignId}`;

/** Reads saved prefs; unknown columns are dropped and new ones appended, so an update never breaks it. */
export function readPrefs(campaignId: string): TablePrefs {
  try {
    const raw = localStorage.getItem(key(campaignId));
    if (!raw) return DEFAULT_PREFS;
    const saved = JSON.parse(raw) as Partial<TablePrefs>;
    const order = (saved.order ?? []).filter((id) => DEFAULT_ORDER.includes(id));
    for (const id of DEFAULT_ORDER) if (!order.includes(id)) order.push(id);
    return { visibility: saved.visibility ?? {}, order, grouped: saved.grouped === true };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function useTablePrefs(campaignId: string) {
  const [prefs, setPrefs] = useState<TablePrefs>(() => readPrefs(campaignId));
  useEffect(() => {
    try {
      localStorage.setItem(key(campaignId), JSON.stringify(prefs));
    } catch {
      // A full or disabled localStorage only loses the view preference; nothing else depends on it.
    }
  }, [campaignId, prefs]);
  return [prefs, setPrefs] as const;
}

/** Moves a column one step left (-1) or right (+1) in the order. */
export function moveColumn(order: readonly string[], id: string, step: -1 | 1): string[] {
  const next = [...order];
  const from = next.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= next.length) return next;
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
