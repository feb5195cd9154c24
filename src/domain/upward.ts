// Proposals upward (đề nghị cấp trên khen thưởng): the awards a commune asks the higher level for,
// as dated data like the bodies that receive them. Before 01/7/2025 the town's chair gave a Giấy
// khen; since the district tier ended the province is the next level. The officer may type any
// other form: these are suggestions in force on the proposal's date, not a closed list.
import { DISTRICT_TIER_END, selectInForce, type DatedText } from './legal-bases';
import { checkConsecutive, type AwardEntry, type AwardSubject } from './award-history';
import { foldForSearch } from '../lib/vi-text';

export const DEFAULT_HIGHER_AWARDS: DatedText[] = [
  { text: 'Giấy khen của Chủ tịch Ủy ban nhân dân thị xã', source: 'Kế hoạch 99/KH-UBND, mục hình thức khen thưởng; cấp huyện kết thúc 30/6/2025', validTo: DISTRICT_TIER_END },
  { text: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', source: 'Luật Thi đua, khen thưởng 2022, Điều 74' },
  { text: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh', source: 'Luật Thi đua, khen thưởng 2022, Điều 22' },
  { text: 'Danh hiệu Tập thể lao động xuất sắc', source: 'Luật Thi đua, khen thưởng 2022, Điều 27' },
];

/** The award forms to suggest for a proposal dated `date` (all of them while it has no date). */
export function higherAwardsOn(date: string | undefined, table: readonly DatedText[] = DEFAULT_HIGHER_AWARDS): string[] {
  return (date ? selectInForce(table, date) : table).map((a) => a.text);
}

/** "Giấy khen của Chủ tịch Ủy ban nhân dân thị xã" → "Chủ tịch Ủy ban nhân dân thị xã": who decides it. */
export function awardGiver(award: string): string {
  const m = /\bcủa\s+(.+)$/iu.exec(award.trim());
  return m?.[1] ?? '';
}

/**
 * What a higher award asks of the nominee's history, as data with its source: the checks a
 * proposal upward is held against before it is sent. Only what the ledger can tell (titles held
 * year after year); the officer still answers for the rest of the standard.
 */
export interface HistoryRequirement {
  /** The award proposed, as written in the proposal (matched without accents or case). */
  award: string;
  /** The title the ledger must show, year after year. */
  title: string;
  years: number;
  source: string;
}

export const DEFAULT_HISTORY_REQUIREMENTS: HistoryRequirement[] = [
  {
    award: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
    title: 'Chiến sĩ thi đua cơ sở',
    years: 3,
    source: 'Luật Thi đua, khen thưởng 2022, Điều 22: có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở',
  },
];

export interface UpwardCheck {
  ok: boolean;
  explanation: string;
}

/** The history check of one proposed award for `subject`, through the results' year; null when the award asks none. */
export function upwardHistoryCheck(
  award: string,
  entries: readonly AwardEntry[],
  subject: AwardSubject,
  throughYear: number,
  requirements: readonly HistoryRequirement[] = DEFAULT_HISTORY_REQUIREMENTS,
): UpwardCheck | null {
  const rule = requirements.find((r) => foldForSearch(r.award) === foldForSearch(award.trim()));
  if (!rule) return null;
  const check = checkConsecutive(entries, subject, rule.title, rule.years, throughYear);
  return { ok: check.ok, explanation: `${check.explanation} (${rule.source})` };
}
