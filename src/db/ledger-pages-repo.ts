// The award history's read model (domain/ledger-pages.ts) in the database: kept up to date inside
// every transaction that adds entries, rebuilt from the entries after a restore, a merge or the
// demo, and read by the ledger page one year at a time. If the pages are ever not whole (their
// count differs from the table's), reads fall back to the entries themselves: slower, never wrong.
import type { AwardEntry } from '../domain/award-history';
import type { HistoryRow } from '../domain/award-history-view';
import { historyRows, ledgerOrder, searchTextOf } from '../domain/award-history-view';
import {
  buildLedgerPages,
  correctionContext,
  CORRECTIONS_PAGE_ID,
  SUMMARY_PAGE_ID,
  yearPageId,
  type CorrectionsPage,
  type LedgerSummary,
  type YearPage,
} from '../domain/ledger-pages';
import { db, type BinhXetDatabase } from './database';

/** Dexie's own promise, not an async function: callers await it inside their transaction (see trustedSummary). */
function summaryOf(database: BinhXetDatabase): PromiseLike<LedgerSummary | undefined> {
  return database.ledgerPages.get(SUMMARY_PAGE_ID).then((page) => (page?.kind === 'summary' ? page : undefined));
}

/** Whether the pages hold every entry of the table (read inside the caller's transaction). */
async function wholeSummary(database: BinhXetDatabase): Promise<LedgerSummary | undefined> {
  const [summary, count] = await Promise.all([summaryOf(database), database.awards.count()]);
  if (!summary && count === 0) return { id: SUMMARY_PAGE_ID, kind: 'summary', total: 0, years: {} };
  return summary && summary.total === count ? summary : undefined;
}

/** Builds every page again from the entries, inside the caller's transaction (awards, ledgerPages). */
export async function rebuildLedgerPages(database: BinhXetDatabase): Promise<void> {
  const entries = await database.awards.toArray();
  await database.ledgerPages.clear();
  await database.ledgerPages.bulkPut(buildLedgerPages(entries).map((p) => (p.kind === 'year' ? orderedYearPage(p.year, p.entries) : p)));
}

/** A year's page with its entries in the ledger's order and their search text (what the first rows need). */
function orderedYearPage(year: number, entries: readonly AwardEntry[]): YearPage {
  const ordered = ledgerOrder(entries);
  return { id: yearPageId(year), kind: 'year', year, entries: ordered, search: ordered.map(searchTextOf) };
}

/** Rebuilds the pages in a transaction of their own (after the ledger page found them not whole). */
export async function repairLedgerPages(): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.awards, database.ledgerPages], () => rebuildLedgerPages(database));
}

/**
 * Adds entries just written to the table to their pages, inside the same transaction (it must
 * include awards and ledgerPages). Pages that were not whole before are rebuilt instead.
 */
export async function addToLedgerPages(database: BinhXetDatabase, added: readonly AwardEntry[]): Promise<void> {
  if (added.length === 0) return;
  const [summary, count] = await Promise.all([summaryOf(database), database.awards.count()]);
  if ((summary?.total ?? 0) + added.length !== count) return rebuildLedgerPages(database);
  const byYear = new Map<number, AwardEntry[]>();
  for (const e of added) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  const years = { ...summary?.years };
  for (const [year, list] of byYear) {
    const page = await database.ledgerPages.get(yearPageId(year));
    const entries = page?.kind === 'year' ? page.entries : [];
    await database.ledgerPages.put(orderedYearPage(year, [...entries, ...list]));
    years[String(year)] = (years[String(year)] ?? 0) + list.filter((e) => !e.deletedAt).length;
  }
  const corrections = added.filter((e) => e.corrects);
  if (corrections.length > 0) {
    const page = await database.ledgerPages.get(CORRECTIONS_PAGE_ID);
    const known = new Map((page?.kind === 'corrections' ? page.entries : []).map((e) => [e.id, e]));
    const lookup = new Map(added.map((e) => [e.id, e]));
    for (const c of corrections) {
      const target = c.corrects && (lookup.get(c.corrects.entryId) ?? known.get(c.corrects.entryId) ?? (await database.awards.get(c.corrects.entryId)));
      if (target) lookup.set(target.id, target);
    }
    for (const e of correctionContext(corrections, lookup)) known.set(e.id, e);
    await database.ledgerPages.put({ id: CORRECTIONS_PAGE_ID, kind: 'corrections', entries: [...known.values()] } satisfies CorrectionsPage);
  }
  await database.ledgerPages.put({ id: SUMMARY_PAGE_ID, kind: 'summary', total: count, years } satisfies LedgerSummary);
}

/** Every correction recorded in the ledger (from its page when the pages are whole). */
export async function ledgerCorrections(database: BinhXetDatabase): Promise<AwardEntry[]> {
  if (await wholeSummary(database)) {
    const page = await database.ledgerPages.get(CORRECTIONS_PAGE_ID);
    return page?.kind === 'corrections' ? page.entries.filter((e) => e.corrects && !e.deletedAt) : [];
  }
  return (await database.awards.toArray()).filter((e) => e.corrects && !e.deletedAt);
}

export interface LedgerView {
  /** Every year the ledger has lines for, newest first. */
  years: number[];
  /** The ledger's lines in all (every year). */
  lines: number;
  /** The rows of the years read, in the ledger's order. */
  rows: HistoryRow[];
  /** The pages were not whole: the rows were read from the entries, and the pages want rebuilding. */
  stale: boolean;
  /** A page read was not in the ledger's order (built by the schema upgrade): rebuilding orders it. */
  unordered?: boolean;
}

/**
 * How far a read trusts the pages. `check` counts the table first (the count of 50,000 records
 * takes ~150 ms in Chromium, as long as reading a year's page and making its rows); `pages` reads
 * them without counting, for a page that checks `ledgerPagesWhole` once its first rows are up;
 * `entries` reads the entries themselves, while pages found not whole are rebuilt.
 */
export type LedgerTrust = 'check' | 'pages' | 'entries';

/** Whether the pages hold every entry of the table (the check a `pages` read leaves for later). */
export async function ledgerPagesWhole(): Promise<boolean> {
  const database = db();
  return database.transaction('r', [database.awards, database.ledgerPages], async () => !!(await wholeSummary(database)));
}

/**
 * The ledger's rows of the years `pick` chooses among the ledger's years (newest first): the
 * first page alone for the first rows, the others after.
 */
export async function readLedger(pick: (years: number[]) => number[], trust: LedgerTrust = 'check'): Promise<LedgerView> {
  const database = db();
  // The transaction only reads; the rows are made after it (making them takes as long as the read).
  const read = await database.transaction('r', [database.awards, database.ledgerPages], async () => {
    const summary = trust === 'entries' ? undefined : trust === 'pages' ? await trustedSummary(database) : await wholeSummary(database);
    if (!summary) return { whole: false as const, entries: (await database.awards.toArray()).filter((e) => !e.deletedAt) };
    const years = Object.entries(summary.years)
      .filter(([, n]) => n > 0)
      .map(([y]) => Number(y))
      .sort((a, b) => b - a);
    const chosen = pick(years);
    const pages = await database.ledgerPages.bulkGet([...chosen.map(yearPageId), CORRECTIONS_PAGE_ID]);
    const lines = Object.values(summary.years).reduce((a, b) => a + b, 0);
    return { whole: true as const, years, chosen, pages, lines };
  });
  if (!read.whole) {
    const years = [...new Set(read.entries.map((e) => e.year))].sort((a, b) => b - a);
    const chosen = new Set(pick(years));
    return { years, lines: read.entries.length, rows: historyRows(read.entries, (e) => chosen.has(e.year)), stale: true };
  }
  const yearPages = read.pages.filter((p): p is YearPage => p?.kind === 'year');
  const corrections = read.pages.flatMap((p) => (p?.kind === 'corrections' ? p.entries : []));
  const unordered = yearPages.some((p) => !p.search);
  return { years: read.years, lines: read.lines, rows: rowsOfYears(yearPages, corrections, new Set(read.chosen)), stale: false, ...(unordered ? { unordered } : {}) };
}

/**
 * The summary page as it stands, without counting the table; an empty ledger has none. Dexie's
 * own promise chain, not an async function: inside a transaction, a chain of native awaits can
 * outlast Dexie's zone, and the read after it then runs outside the transaction, which commits early.
 */
function trustedSummary(database: BinhXetDatabase): PromiseLike<LedgerSummary | undefined> {
  return summaryOf(database).then((summary) => {
    if (summary) return summary;
    // No pages: whole only if there is no entry either (one cursor step, not a count).
    return database.awards
      .toCollection()
      .first()
      .then((entry): LedgerSummary | undefined => (entry ? undefined : { id: SUMMARY_PAGE_ID, kind: 'summary', total: 0, years: {} }));
  });
}

/**
 * The ledger's rows of the given years, as `historyRows` of the whole ledger would show them:
 * the years' entries resolved together with every correction (and what it corrects). Pages in
 * the ledger's order (newest year first) give their rows in that order, without a sort.
 */
export function rowsOfYears(pages: readonly YearPage[], corrections: readonly AwardEntry[], years: ReadonlySet<number>): HistoryRow[] {
  const all = new Map<string, AwardEntry>();
  for (const p of pages) for (const e of p.entries) all.set(e.id, e);
  for (const e of corrections) if (!all.has(e.id)) all.set(e.id, e);
  const keep = (e: AwardEntry) => years.has(e.year);
  const newestFirst = [...pages].sort((a, b) => b.year - a.year);
  if (newestFirst.every((p) => p.search)) {
    const ordered = { entries: newestFirst.flatMap((p) => p.entries), search: newestFirst.flatMap((p) => p.search ?? []) };
    return historyRows([...all.values()], keep, ordered);
  }
  return historyRows([...all.values()], keep);
}
