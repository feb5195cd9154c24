// The annual emulation titles a commune evaluates at year end (Lao động tiên tiến, Chiến sĩ thi
// đua cơ sở, Tập thể lao động tiên tiến), the year's data they are judged on, and the rules as
// data: each with its source and the dates it applies, the local choices kept as settings.
import { z } from 'zod';
import { idSchema, isoDateSchema, line } from './common';
import { inForceOn } from './legal-bases';

/** Xếp loại chất lượng: the year's quality rating of a person, best first. */
export const QUALITY_RATINGS = ['xuat-sac', 'tot', 'hoan-thanh', 'khong-hoan-thanh'] as const;
export type QualityRating = (typeof QUALITY_RATINGS)[number];
export const QUALITY_RATING_LABELS: Record<QualityRating, string> = {
  'xuat-sac': 'Hoàn thành xuất sắc nhiệm vụ',
  tot: 'Hoàn thành tốt nhiệm vụ',
  'hoan-thanh': 'Hoàn thành nhiệm vụ',
  'khong-hoan-thanh': 'Không hoàn thành nhiệm vụ',
};
/** Higher is better; "hoàn thành tốt nhiệm vụ trở lên" is rank ≥ 2. */
export const QUALITY_RATING_RANK: Record<QualityRating, number> = { 'xuat-sac': 3, tot: 2, 'hoan-thanh': 1, 'khong-hoan-thanh': 0 };

/** Kỷ luật in the year, mildest first ("higher": cách chức, buộc thôi việc …). */
export const DISCIPLINES = ['none', 'khien-trach', 'canh-cao', 'higher'] as const;
export type Discipline = (typeof DISCIPLINES)[number];
export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  none: 'Không bị kỷ luật',
  'khien-trach': 'Khiển trách',
  'canh-cao': 'Cảnh cáo',
  higher: 'Cách chức trở lên',
};
export const DISCIPLINE_RANK: Record<Discipline, number> = { none: 0, 'khien-trach': 1, 'canh-cao': 2, higher: 3 };

export const initiativeSchema = z.object({
  id: idSchema,
  name: line('Tên sáng kiến', 300),
  /** The decision that recognised it ("15/QĐ-UBND"), and its date. */
  decisionNumber: line('Số quyết định công nhận sáng kiến', 60),
  decisionDate: isoDateSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

/**
 * A person's year on the year-end campaign's participant. No rating yet means "not known",
 * never "not met"; discipline is always known once the row exists (most people have none).
 */
export const yearResultSchema = z.object({
  rating: z.enum(QUALITY_RATINGS).optional(),
  discipline: z.enum(DISCIPLINES).default('none'),
  initiatives: z.array(initiativeSchema).default([]),
});
export type YearResult = z.infer<typeof yearResultSchema>;

export const ANNUAL_TITLE_KEYS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien'] as const;
export type AnnualTitleKey = (typeof ANNUAL_TITLE_KEYS)[number];
export const ANNUAL_TITLE_NAMES: Record<AnnualTitleKey, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
};
/** The abbreviations offices write in tables and lists ("LĐTT", "CSTĐ cơ sở"). */
export const ANNUAL_TITLE_SHORT_NAMES: Record<AnnualTitleKey, string> = {
  'lao-dong-tien-tien': 'LĐTT',
  'chien-si-thi-dua-co-so': 'CSTĐ cơ sở',
  'tap-the-lao-dong-tien-tien': 'Tập thể LĐTT',
};

/** What the law says for a title, where, and for which dates; the evaluator cites `source`. */
export interface TitleDefinition {
  key: AnnualTitleKey;
  source: string;
  /** The standard in plain words, as printed beside the rule. */
  text: string;
  validFrom?: string;
  validTo?: string;
}

export const LAW_2022_FROM = '2024-01-01';

export const TITLE_DEFINITIONS: readonly TitleDefinition[] = [
  {
    key: 'lao-dong-tien-tien',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 24',
    text: 'Xét tặng hằng năm cho cá nhân hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.',
    validFrom: LAW_2022_FROM,
  },
  {
    key: 'chien-si-thi-dua-co-so',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 23',
    text: 'Xét tặng hằng năm cho cá nhân đạt danh hiệu Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài, giải pháp được cơ quan, đơn vị công nhận.',
    validFrom: LAW_2022_FROM,
  },
  {
    key: 'tap-the-lao-dong-tien-tien',
    source: 'Thiết lập của xã (Luật Thi đua, khen thưởng 2022 không định tỉ lệ cụ thể cho cấp xã; đối chiếu quy chế thi đua của tỉnh)',
    text: 'Xét tặng hằng năm cho tập thể có tỉ lệ thành viên đạt Lao động tiên tiến từ mức xã quy định trở lên và không có thành viên bị kỷ luật từ mức xã quy định trở lên.',
    validFrom: LAW_2022_FROM,
  },
];

/** The definition in force at the end of `year` (titles are judged on the whole year). */
export function definitionFor(key: AnnualTitleKey, year: number, definitions: readonly TitleDefinition[] = TITLE_DEFINITIONS): TitleDefinition | undefined {
  return definitions.find((d) => d.key === key && inForceOn(d, `${year}-12-31`));
}

const shareSchema = z
  .object({
    numerator: z.number().int().min(0, 'Tỉ lệ không được âm'),
    denominator: z.number().int().min(1, 'Mẫu số phải từ 1 trở lên'),
  })
  .refine((s) => s.numerator <= s.denominator, { message: 'Tỉ lệ không được lớn hơn 100%' });
export type Share = z.infer<typeof shareSchema>;

/** The local choices, kept on the campaign; absent on a campaign means DEFAULT_TITLE_RULES. */
export const titleRulesSchema = z.object({
  /** The mildest discipline that keeps a person from LĐTT (and so CSTĐ). */
  individualDisciplineBar: z.enum(DISCIPLINES).exclude(['none']),
  individualDisciplineSource: z.string().default(''),
  collective: z.object({
    minShareLdtt: shareSchema,
    /** The mildest discipline of any member that keeps the unit from the title. */
    disciplineBar: z.enum(DISCIPLINES).exclude(['none']),
    source: z.string().default(''),
  }),
  /** An optional local cap on CSTĐ cơ sở as a share of the LĐTT (no national cap since 2024). */
  cstdCap: z.object({ enabled: z.boolean(), share: shareSchema, source: z.string().default('') }),
});
export type TitleRules = z.infer<typeof titleRulesSchema>;

export const DEFAULT_TITLE_RULES: TitleRules = {
  individualDisciplineBar: 'khien-trach',
  individualDisciplineSource: 'Thiết lập của xã: cá nhân bị kỷ luật trong năm không xét danh hiệu thi đua năm đó',
  collective: {
    minShareLdtt: { numerator: 70, denominator: 100 },
    disciplineBar: 'canh-cao',
    source: 'Thiết lập của xã: từ 70% thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ Cảnh cáo trở lên',
  },
  cstdCap: {
    enabled: false,
    share: { numerator: 15, denominator: 100 },
    source: 'Thiết lập của xã; không còn giới hạn chung toàn quốc từ năm 2024 (mức 15% của Nghị định 91/2017/NĐ-CP đã hết hiệu lực)',
  },
};

/** "70%", "2/3" when the share is not a whole percentage. */
export function shareWords(share: Share): string {
  const percent = (share.numerator * 100) / share.denominator;
  return Number.isInteger(percent) ? `${percent}%` : `${share.numerator}/${share.denominator}`;
}
