// The reward money of the commune (quỹ thi đua, khen thưởng), for the finance officer: every
// signed decision's amounts, grouped by the year the money is spent (the decision's year, not the
// campaign's: plan 99 of 2024 is paid from the 2025 budget) and by decision. Pure: the lines come
// from the stored decisions, whose amounts were frozen when they were made; nothing recomputes.
// Years the office kept before the app come from its own ledger, imported from a spreadsheet:
// their lines are marked as imported, and a line that records no amount says so, never "0 đ".
import { compareUnitsThenPeople, foldForSearch } from '../lib/vi-text';
import { resolveHistory, type AwardEntry } from './award-history';

export interface MoneyLine {
  /** Groups the lines of one decision. */
  decisionKey: string;
  decisionNumber: string;
  /** ISO date the decision was signed. */
  decisionDate: string;
  /** What the decision rewards: the campaign's name. */
  source: string;
  recipient: string;
  collective: boolean;
  award: string;
  /** Unknown for a ledger line: the ledger records the amount alone. */
  coefficient: number | null;
  baseSalary: number | null;
  /** Null when the ledger line records no amount ("không ghi số tiền"); never counted as 0. */
  amount: number | null;
  /** A line of the office's ledger imported from a spreadsheet, not a decision made here. */
  imported?: boolean;
  /** The year it is filed under when the line has no decision date (a ledger line). */
  year?: number;
}

export interface DecisionMoney {
  key: string;
  number: string;
  date: string;
  source: string;
  year: number;
  imported: boolean;
  collectives: number;
  individuals: number;
  /** The known amounts added up. */
  total: number;
  /** Lines that record no amount. */
  unknownAmounts: number;
  lines: MoneyLine[];
}

export interface YearMoney {
  year: number;
  decisions: DecisionMoney[];
  collectives: number;
  individuals: number;
  total: number;
  unknownAmounts: number;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Years newest first; within a year, decisions by date then number; within one, units then people. */
export function moneyReport(lines: readonly MoneyLine[]): YearMoney[] {
  const byDecision = new Map<string, MoneyLine[]>();
  for (const line of lines) {
    const list = byDecision.get(line.decisionKey);
    if (list) list.push(line);
    else byDecision.set(line.decisionKey, [line]);
  }
  const decisions: DecisionMoney[] = [...byDecision.entries()].map(([key, list]) => {
    const first = list[0] as MoneyLine;
    const sorted = [...list].sort((a, b) => compareUnitsThenPeople({ name: a.recipient, person: !a.collective }, { name: b.recipient, person: !b.collective }));
    const collectives = list.filter((l) => l.collective).length;
    return {
      key,
      number: first.decisionNumber,
      date: first.decisionDate,
      source: first.source,
      year: first.decisionDate ? yearOf(first.decisionDate) : (first.year ?? 0),
      imported: !!first.imported,
      collectives,
      individuals: list.length - collectives,
      total: list.reduce((s, l) => s + (l.amount ?? 0), 0),
      unknownAmounts: list.filter((l) => l.amount === null).length,
      lines: sorted,
    };
  });
  decisions.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number, 'vi', { numeric: true }));
  const years = new Map<number, DecisionMoney[]>();
  for (const d of decisions) {
    const y = d.year;
    const list = years.get(y);
    if (list) list.push(d);
    else years.set(y, [d]);
  }
  return [...years.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, list]) => ({
      year,
      decisions: list,
      collectives: list.reduce((s, d) => s + d.collectives, 0),
      individuals: list.reduce((s, d) => s + d.individuals, 0),
      total: list.reduce((s, d) => s + d.total, 0),
      unknownAmounts: list.reduce((s, d) => s + d.unknownAmounts, 0),
    }));
}

export const NO_AMOUNT = 'không ghi số tiền';

/** A sum in words: "3.540.000 đ", "không ghi số tiền", or "5.000.000 đ (2 dòng không ghi số tiền)". */
export function moneyWords(total: number, unknownAmounts: number, lines: number, formatMoney: (n: number) => string): string {
  if (lines > 0 && unknownAmounts === lines) return NO_AMOUNT;
  return unknownAmounts > 0 ? `${formatMoney(total)} (${unknownAmounts} dòng ${NO_AMOUNT})` : formatMoney(total);
}

const decisionMark = (year: number, number: string) => `${year}|${foldForSearch(number).replace(/\s+/g, '')}`;

/**
 * The ledger's imported years as money lines: every standing entry whose first record came from a
 * spreadsheet (a correction typed later still belongs to it), filed by its decision's year, or the
 * award's year when the ledger gives no date. A ledger line of a decision already in the report
 * (same year and number) is left out, so no money is counted twice. An imported amount of 0 is
 * what an empty cell becomes on import: it reads as "không ghi số tiền".
 */
export function ledgerMoneyLines(entries: readonly AwardEntry[], decisions: readonly Pick<MoneyLine, 'decisionNumber' | 'decisionDate'>[]): { lines: MoneyLine[]; alreadyReported: number } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootOf = (e: AwardEntry): AwardEntry => {
    const seen = new Set<string>();
    let at = e;
    while (at.corrects && !seen.has(at.id)) {
      seen.add(at.id);
      const next = byId.get(at.corrects.entryId);
      if (!next) break;
      at = next;
    }
    return at;
  };
  const reported = new Set(decisions.filter((d) => d.decisionNumber && d.decisionDate).map((d) => decisionMark(yearOf(d.decisionDate), d.decisionNumber)));
  const lines: MoneyLine[] = [];
  let alreadyReported = 0;
  for (const { entry, state } of resolveHistory(entries)) {
    if (state !== 'current') continue;
    const root = rootOf(entry);
    if (root.source.kind !== 'import') continue;
    const year = entry.decisionDate ? yearOf(entry.decisionDate) : entry.year;
    if (entry.decisionNumber && reported.has(decisionMark(year, entry.decisionNumber))) {
      alreadyReported++;
      continue;
    }
    lines.push({
      decisionKey: `ledger|${year}|${foldForSearch(entry.decisionNumber)}|${entry.decisionDate ?? ''}`,
      decisionNumber: entry.decisionNumber,
      decisionDate: entry.decisionDate ?? '',
      source: `Sổ theo dõi thi đua, khen thưởng năm ${entry.year}${root.source.fileName ? ` (nhập từ tệp ${root.source.fileName})` : ''}`,
      recipient: entry.subjectName,
      collective: entry.category === 'collective',
      award: entry.title,
      coefficient: null,
      baseSalary: null,
      amount: entry.amount > 0 ? entry.amount : null,
      imported: true,
      year,
    });
  }
  return { lines, alreadyReported };
}

const IMPORTED_NOTE = 'Nhập từ sổ theo dõi (bảng tính)';
const unknownNote = (n: number) => (n > 0 ? `${n} dòng ${NO_AMOUNT}` : '');
const notes = (...parts: string[]) => parts.filter(Boolean).join('; ');

/**
 * The spreadsheet's two sheets: one line per year and decision, then one per recipient. Money is a
 * number a spreadsheet can add up; a decision whose lines record no amount at all says so in words,
 * and the note column marks imported ledger lines and counts the lines without an amount.
 */
export function moneyReportSheets(years: readonly YearMoney[], formatDate: (iso: string) => string): { summary: (string | number)[][]; detail: (string | number)[][] } {
  const summary: (string | number)[][] = [['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'Số tập thể', 'Số cá nhân', 'Số tiền (đồng)', 'Ghi chú']];
  const detail: (string | number)[][] = [['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'STT', 'Tập thể, cá nhân', 'Hình thức', 'Hệ số', 'Mức lương cơ sở (đồng)', 'Số tiền (đồng)', 'Ghi chú']];
  const date = (iso: string) => (iso ? formatDate(iso) : '');
  for (const y of years) {
    for (const d of y.decisions) {
      const none = d.unknownAmounts === d.lines.length;
      summary.push([y.year, d.number, date(d.date), d.source, d.collectives, d.individuals, none ? NO_AMOUNT : d.total, notes(d.imported ? IMPORTED_NOTE : '', none ? '' : unknownNote(d.unknownAmounts))]);
      d.lines.forEach((l, i) =>
        detail.push([y.year, d.number, date(d.date), d.source, i + 1, l.recipient, l.award, l.coefficient ?? '', l.baseSalary ?? '', l.amount ?? NO_AMOUNT, l.imported ? IMPORTED_NOTE : '']),
      );
    }
    const none = y.unknownAmounts === y.collectives + y.individuals;
    summary.push([y.year, `Cộng năm ${y.year}`, '', '', y.collectives, y.individuals, none ? NO_AMOUNT : y.total, none ? '' : unknownNote(y.unknownAmounts)]);
  }
  return { summary, detail };
}
