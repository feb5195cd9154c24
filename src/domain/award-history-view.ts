// The award history as the ledger page and its Excel export show it: one row per entry, in the
// Vietnamese order (year, newest first; then units before people, people by given name).
import { ENTRY_STATE_LABELS, resolveHistory, type AwardEntry, type EntryState } from './award-history';
import { CATEGORY_LABELS } from './rules';
import { compareUnitsThenPeople, foldForSearch, viCollator } from '../lib/vi-text';
import { formatDate } from '../lib/vi-date';
import { formatNumber } from '../lib/vi-money';

export interface HistoryRow {
  id: string;
  entry: AwardEntry;
  state: EntryState;
  /** The entry this one corrects, and the one that corrected it, as the ledger names them. */
  corrects?: AwardEntry;
  supersededBy?: AwardEntry;
  /** Folded name, unit and title, for the accent-free search. */
  search: string;
}

/** The text the search matches a line against: name, unit, title and decision number, folded. */
export function searchTextOf(entry: AwardEntry): string {
  return foldForSearch(`${entry.subjectName} ${entry.unitName} ${entry.title} ${entry.decisionNumber}`);
}

/**
 * The ledger's rows; `keep` picks which resolved entries become rows (e.g. one year's, resolved with
 * every correction). `ordered`: the kept entries already in ledger order (`ledgerOrder`), with their
 * search text, as the ledger's pages store them: the rows come in that order, nothing is sorted or folded.
 */
export function historyRows(entries: readonly AwardEntry[], keep?: (entry: AwardEntry) => boolean, ordered?: { entries: readonly AwardEntry[]; search: readonly string[] }): HistoryRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const resolved = resolveHistory(entries);
  const rowOf = ({ entry, state, supersededBy }: (typeof resolved)[number], search: string): HistoryRow => ({
    id: entry.id,
    entry,
    state,
    corrects: entry.corrects ? byId.get(entry.corrects.entryId) : undefined,
    supersededBy: supersededBy ? byId.get(supersededBy) : undefined,
    search,
  });
  if (ordered) {
    const states = new Map(resolved.map((r) => [r.entry.id, r]));
    const rows: HistoryRow[] = [];
    ordered.entries.forEach((entry, i) => {
      const r = states.get(entry.id);
      if (r && (!keep || keep(r.entry))) rows.push(rowOf(r, ordered.search[i] ?? searchTextOf(entry)));
    });
    return rows;
  }
  const kept = keep ? resolved.filter((r) => keep(r.entry)) : resolved;
  const position = new Map(ledgerOrder(kept.map((r) => r.entry)).map((e, i) => [e.id, i]));
  return kept
    .map((r) => rowOf(r, searchTextOf(r.entry)))
    .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/**
 * Entries in the ledger's order: newest year first; within a year units before people, people by
 * given name (compareRows). Names are ranked once (a subject has about a line a year: far fewer names
 * than lines), so a district's 50,000 lines sort without collator calls in every comparison. The
 * order of a year's entries alone is their order in the whole ledger: the ledger's pages store it.
 */
export function ledgerOrder(entries: readonly AwardEntry[]): AwardEntry[] {
  const subjects = new Map<string, SubjectKey>();
  for (const entry of entries) {
    const key = subjectKey(entry);
    if (subjects.has(key)) continue;
    const [given, rest] = splitStoredName(entry.subjectName);
    subjects.set(key, { name: entry.subjectName, person: entry.category === 'individual', given, rest });
  }
  // compareUnitsThenPeople, with each name split once rather than in every comparison.
  const bySubject = ([, a]: [string, SubjectKey], [, b]: [string, SubjectKey]) =>
    a.person !== b.person
      ? a.person ? 1 : -1
      : a.person
        ? viCollator.compare(a.given, b.given) || viCollator.compare(a.rest, b.rest) || viCollator.compare(a.name, b.name)
        : viCollator.compare(a.name, b.name);
  const rank = new Map([...subjects].sort(bySubject).map(([k], i) => [k, i]));
  const ranked = entries.map((entry) => ({ entry, rank: rank.get(subjectKey(entry)) ?? 0 }));
  ranked.sort((a, b) => b.entry.year - a.entry.year || a.rank - b.rank || byText(a.entry.createdAt, b.entry.createdAt) || byText(a.entry.id, b.entry.id));
  return ranked.map((r) => r.entry);
}

interface SubjectKey {
  name: string;
  person: boolean;
  given: string;
  rest: string;
}

/** A stored name is already clean (schema `line`): split at its last space, as lib/vi-text's splitGivenName does, without cleaning it again. */
function splitStoredName(name: string): [given: string, rest: string] {
  const at = name.lastIndexOf(' ');
  return at < 0 ? [name, ''] : [name.slice(at + 1), name.slice(0, at)];
}

/** ISO timestamps and ids compare by code unit, no locale needed. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const subjectKey = (e: AwardEntry) => `${e.category}:${e.subjectName}`;

/** Newest year first; within a year units before people, people by given name; a correction after what it corrects. */
export function compareRows(a: HistoryRow, b: HistoryRow): number {
  return (
    b.entry.year - a.entry.year ||
    compareUnitsThenPeople({ name: a.entry.subjectName, person: a.entry.category === 'individual' }, { name: b.entry.subjectName, person: b.entry.category === 'individual' }) ||
    byText(a.entry.createdAt, b.entry.createdAt) ||
    byText(a.id, b.id)
  );
}

export interface HistoryFilters {
  /** A year ("2025"), or empty for every year. */
  year: string;
  title: string;
  /** A unit: its own awards and its members'. */
  unitId: string;
  /** Words typed, with or without accents, matched against name, unit, title and decision number. */
  query: string;
  /** Only the lines that stand (not corrected, annulled, nor an annulment). */
  standingOnly: boolean;
}

/** The rows the ledger shows for the filters, in the same order. One pass, no allocation per row. */
export function filterHistoryRows(rows: readonly HistoryRow[], filters: HistoryFilters): HistoryRow[] {
  const words = foldForSearch(filters.query).split(' ').filter(Boolean);
  const year = filters.year ? Number(filters.year) : undefined;
  return rows.filter(
    (r) =>
      (year === undefined || r.entry.year === year) &&
      (!filters.title || r.entry.title === filters.title) &&
      (!filters.unitId || r.entry.unitId === filters.unitId) &&
      (!filters.standingOnly || r.state === 'current') &&
      words.every((w) => r.search.includes(w)),
  );
}

/**
 * filterHistoryRows for a search typed one key at a time: a query that extends the last one
 * (same rows, same other filters) narrows the last result instead of the whole ledger, and a
 * query typed before (a Backspace) is answered from memory. Same result as filterHistoryRows.
 */
export function historyFilter(): (rows: readonly HistoryRow[], filters: HistoryFilters) => HistoryRow[] {
  let source: readonly HistoryRow[] | undefined;
  let others = '';
  const seen = new Map<string, HistoryRow[]>();
  return (rows, filters) => {
    const key = JSON.stringify([filters.year, filters.title, filters.unitId, filters.standingOnly]);
    if (rows !== source || key !== others) {
      source = rows;
      others = key;
      seen.clear();
    }
    const query = foldForSearch(filters.query);
    const known = seen.get(query);
    if (known) return known;
    // The longest earlier query this one extends word for word: its rows hold every row of this one.
    let base: readonly HistoryRow[] = rows;
    for (const [q, result] of seen) if (query.startsWith(q) && result.length < base.length) base = result;
    const result = filterHistoryRows(base, { ...filters, query });
    if (seen.size > 64) seen.clear();
    seen.set(query, result);
    return result;
  };
}

/** "Số 125/QĐ-UBND ngày 20/01/2025", or whichever part is known. */
export function decisionText(entry: Pick<AwardEntry, 'decisionNumber' | 'decisionDate'>): string {
  const parts = [entry.decisionNumber ? `Số ${entry.decisionNumber}` : '', entry.decisionDate ? `ngày ${formatDate(entry.decisionDate)}` : ''].filter(Boolean);
  return parts.join(' ');
}

/** What the ledger's last column says of a row: its state, and the correction's reason. */
export function stateText(row: HistoryRow): string {
  const label = ENTRY_STATE_LABELS[row.state];
  if (row.state === 'corrected' || row.state === 'annulled') return label;
  if (row.entry.corrects) {
    const of = row.corrects ? ` “${row.corrects.title}” năm ${row.corrects.year}` : '';
    return `${row.entry.corrects.annul ? 'Huỷ' : 'Điều chỉnh'}${of}: ${row.entry.corrects.reason}`;
  }
  return label;
}

export const HISTORY_EXPORT_HEADER = ['STT', 'Năm', 'Tập thể, cá nhân', 'Loại', 'Đơn vị', 'Hình thức khen thưởng, danh hiệu', 'Số quyết định', 'Ngày quyết định', 'Cấp khen', 'Số tiền (đồng)', 'Tình trạng'];

/** The rows the Excel export writes: the ledger as filtered, each cell as text. */
export function historyExportRows(rows: readonly HistoryRow[]): string[][] {
  return [
    HISTORY_EXPORT_HEADER,
    ...rows.map((r, i) => [
      String(i + 1),
      String(r.entry.year),
      r.entry.subjectName,
      CATEGORY_LABELS[r.entry.category],
      r.entry.unitName,
      r.entry.title,
      r.entry.decisionNumber,
      formatDate(r.entry.decisionDate),
      r.entry.giver,
      formatNumber(r.entry.amount),
      stateText(r),
    ]),
  ];
}
