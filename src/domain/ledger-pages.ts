// The award history's read model: the ledger kept as one record per year (a "page" of the sổ),
// beside the entries themselves. Reading a district's 50,000 entries one record at a time takes
// seconds; reading one page of a year is one record. The pages are derived data: built from the
// entries, kept up to date in the same transaction as every write to the ledger, rebuilt after a
// restore or merge, and never exported (docs/award-history.md).
// Imports types only: the schema upgrade (versions.ts, in the first-visit bundle) builds pages
// without pulling zod or the ledger's view into the entry chunk.
import type { AwardEntry } from './award-history';

/** Every entry of one year. */
export interface YearPage {
  id: string;
  kind: 'year';
  year: number;
  entries: AwardEntry[];
  /**
   * When present, `entries` are in the ledger's order and this is each one's search text: the
   * first rows need neither a sort nor a fold. Pages the schema upgrade built have none (the
   * upgrade runs in the first-visit bundle, without the ledger's view); the repository orders a
   * page whenever it writes it.
   */
  search?: string[];
}

/**
 * Every correction, and every entry one points at, whatever their year: a correction recorded in
 * 2025 of a 2024 award changes how the 2024 page reads.
 */
export interface CorrectionsPage {
  id: 'corrections';
  kind: 'corrections';
  entries: AwardEntry[];
}

/** How many records the pages hold (compared with the table to know they are whole), and the lines per year. */
export interface LedgerSummary {
  id: 'summary';
  kind: 'summary';
  /** Every record of the table, tombstones included. */
  total: number;
  /** Live lines per year. */
  years: Record<string, number>;
}

export type LedgerPage = YearPage | CorrectionsPage | LedgerSummary;

export const yearPageId = (year: number) => `year:${year}`;
export const CORRECTIONS_PAGE_ID = 'corrections';
export const SUMMARY_PAGE_ID = 'summary';

/** The pages of a whole ledger (every record of the table, tombstones included). */
export function buildLedgerPages(entries: readonly AwardEntry[]): LedgerPage[] {
  // An empty ledger has no pages (it reads as whole): a restore writes nothing the PC did not hold.
  if (entries.length === 0) return [];
  const byYear = new Map<number, AwardEntry[]>();
  for (const e of entries) {
    const list = byYear.get(e.year);
    if (list) list.push(e);
    else byYear.set(e.year, [e]);
  }
  const pages: LedgerPage[] = [...byYear].map(([year, list]) => ({ id: yearPageId(year), kind: 'year', year, entries: list }));
  pages.push({ id: CORRECTIONS_PAGE_ID, kind: 'corrections', entries: correctionContext(entries, new Map(entries.map((e) => [e.id, e]))) });
  pages.push({ id: SUMMARY_PAGE_ID, kind: 'summary', total: entries.length, years: Object.fromEntries([...byYear].map(([y, l]) => [String(y), l.filter((e) => !e.deletedAt).length])) });
  return pages;
}

/** The corrections among `entries`, with the entries they point at (found in `lookup`). */
export function correctionContext(entries: readonly AwardEntry[], lookup: ReadonlyMap<string, AwardEntry>): AwardEntry[] {
  const out = new Map<string, AwardEntry>();
  for (const e of entries) {
    if (!e.corrects) continue;
    out.set(e.id, e);
    const target = lookup.get(e.corrects.entryId);
    if (target) out.set(target.id, target);
  }
  return [...out.values()];
}
