// Proposals upward (đề nghị cấp trên khen thưởng): the awards a commune asks the higher level for,
// as dated data like the bodies that receive them. Before 01/7/2025 the town's chair gave a Giấy
// khen; since the district tier ended the province is the next level. The officer may type any
// other form: these are suggestions in force on the proposal's date, not a closed list.
import { DISTRICT_TIER_END, selectInForce, type DatedText } from './legal-bases';

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
