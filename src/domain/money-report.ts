// The reward money of the commune (quỹ thi đua, khen thưởng), for the finance officer: every
// signed decision's amounts, grouped by the year the money is spent (the decision's year, not the
// campaign's: plan 99 of 2024 is paid from the 2025 budget) and by decision. Pure: the lines come
// from the stored decisions, whose amounts were frozen when they were made; nothing recomputes.
import { compareUnitsThenPeople } from '../lib/vi-text';

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
  coefficient: number;
  baseSalary: number;
  amount: number;
}

export interface DecisionMoney {
  key: string;
  number: string;
  date: string;
  source: string;
  collectives: number;
  individuals: number;
  total: number;
  lines: MoneyLine[];
}

export interface YearMoney {
  year: number;
  decisions: DecisionMoney[];
  collectives: number;
  individuals: number;
  total: number;
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
      collectives,
      individuals: list.length - collectives,
      total: list.reduce((s, l) => s + l.amount, 0),
      lines: sorted,
    };
  });
  decisions.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number, 'vi', { numeric: true }));
  const years = new Map<number, DecisionMoney[]>();
  for (const d of decisions) {
    const y = yearOf(d.date);
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
    }));
}

/** The spreadsheet's two sheets: one line per year and decision, then one per recipient. */
export function moneyReportSheets(years: readonly YearMoney[], formatDate: (iso: string) => string): { summary: (string | number)[][]; detail: (string | number)[][] } {
  const summary: (string | number)[][] = [['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'Số tập thể', 'Số cá nhân', 'Số tiền (đồng)']];
  const detail: (string | number)[][] = [['Năm', 'Số quyết định', 'Ngày ký', 'Nội dung', 'STT', 'Tập thể, cá nhân', 'Hình thức', 'Hệ số', 'Mức lương cơ sở (đồng)', 'Số tiền (đồng)']];
  for (const y of years) {
    for (const d of y.decisions) {
      summary.push([y.year, d.number, formatDate(d.date), d.source, d.collectives, d.individuals, d.total]);
      d.lines.forEach((l, i) => detail.push([y.year, d.number, formatDate(d.date), d.source, i + 1, l.recipient, l.award, l.coefficient, l.baseSalary, l.amount]));
    }
    summary.push([y.year, `Cộng năm ${y.year}`, '', '', y.collectives, y.individuals, y.total]);
  }
  return { summary, detail };
}
