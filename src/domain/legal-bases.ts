// Rules of law and bodies that change on a date (domain.md, "Rules that change"): the legal
// bases a decision cites and the higher-level bodies that receive the commune's reports.
// Kept as dated data in the settings; a document picks those in force on its own date.
import { z } from 'zod';
import { isoDateSchema, line, optionalLine } from './common';

export const datedTextSchema = z
  .object({
    text: line('Nội dung', 1000),
    source: optionalLine('Nguồn, căn cứ', 300),
    /** First day in force; absent: since always. */
    validFrom: isoDateSchema.optional(),
    /** Last day in force; absent: still in force. */
    validTo: isoDateSchema.optional(),
  })
  .refine((e) => !e.validFrom || !e.validTo || e.validFrom <= e.validTo, {
    message: '“Áp dụng đến ngày” không được trước “Áp dụng từ ngày”',
    path: ['validTo'],
  });
export type DatedText = z.infer<typeof datedTextSchema>;

/** Whether the entry is in force on `date` (ISO, both ends inclusive). */
export function inForceOn(entry: Pick<DatedText, 'validFrom' | 'validTo'>, date: string): boolean {
  return (!entry.validFrom || entry.validFrom <= date) && (!entry.validTo || date <= entry.validTo);
}

/** The entries in force on `date`, in the order they are listed (the order they are cited). */
export function selectInForce<T extends Pick<DatedText, 'validFrom' | 'validTo'>>(entries: readonly T[], date: string | undefined): T[] {
  if (!date) return [];
  return entries.filter((e) => inForceOn(e, date));
}

/** Last day of the district tier and of the laws and decree it ran under (domain.md). */
export const DISTRICT_TIER_END = '2025-06-30';
export const PROVINCE_TIER_START = '2025-07-01';

/**
 * The legal bases of a commune award decision, cited first, before the plan, the minutes
 * and the proposal. Defaults from domain.md ("Legal bases of a 2025–2026 commune award decision").
 */
export const DEFAULT_LEGAL_BASES: DatedText[] = [
  {
    text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    source: 'Luật số 77/2015/QH13; Luật số 47/2019/QH14 (hết hiệu lực từ 01/7/2025)',
    validTo: DISTRICT_TIER_END,
  },
  {
    text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    source: 'Luật số 72/2025/QH15, có hiệu lực từ 01/7/2025',
    validFrom: PROVINCE_TIER_START,
  },
  {
    text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    source: 'Luật số 06/2022/QH15, có hiệu lực từ 01/01/2024',
    validFrom: '2024-01-01',
  },
  {
    text: 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
    source: 'Nghị định 98/2023/NĐ-CP, bị bãi bỏ bởi Nghị định 152/2025/NĐ-CP từ 01/7/2025',
    validFrom: '2023-12-31',
    validTo: DISTRICT_TIER_END,
  },
  {
    text: 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
    source: 'Nghị định 152/2025/NĐ-CP, có hiệu lực từ 01/7/2025',
    validFrom: PROVINCE_TIER_START,
  },
];

/**
 * The higher level that receives the commune's reports and proposals: the town's Phòng Nội vụ
 * until the district tier ended, the province's Sở Nội vụ since 01/7/2025.
 */
export const DEFAULT_HIGHER_BODIES: DatedText[] = [
  { text: 'Phòng Nội vụ thị xã', source: 'Kế hoạch 99/KH-UBND (nơi nhận); cấp huyện kết thúc 30/6/2025', validTo: DISTRICT_TIER_END },
  { text: 'Sở Nội vụ tỉnh', source: 'Luật Tổ chức chính quyền địa phương 72/2025/QH15: không còn cấp huyện từ 01/7/2025', validFrom: PROVINCE_TIER_START },
];

/** Words naming the district tier: a paper dated after it ended must not name such a body. */
export const DISTRICT_WORDS = /(^|[\s,(])(thị xã|huyện|quận)(?=$|[\s,.;)])/iu;
