// Nominations (đề xuất khen thưởng) and their dossiers (hồ sơ), with the status flow
// proposed → dossier complete → appraised → on the ballot → selected / not selected → awarded.
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalLine, paragraph, recordMeta } from './common';
import { categorySchema } from './rules';

export const NOMINATION_STATUSES = [
  'proposed',
  'dossier-complete',
  'appraised',
  'on-ballot',
  'selected',
  'not-selected',
  'awarded',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  proposed: 'Đã đề xuất',
  'dossier-complete': 'Đủ hồ sơ',
  appraised: 'Đã thẩm định',
  'on-ballot': 'Đưa ra bình xét',
  selected: 'Được chọn',
  'not-selected': 'Không được chọn',
  awarded: 'Đã khen thưởng',
  withdrawn: 'Đã rút',
};

export const DOSSIER_ITEMS = ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban'] as const;
/** The council's minutes: produced by the council, joins the dossier when its round is published (never ticked by hand). */
export const COUNCIL_DOSSIER_ITEM = 'bien-ban' satisfies (typeof DOSSIER_ITEMS)[number];
export const DOSSIER_ITEM_LABELS: Record<(typeof DOSSIER_ITEMS)[number], string> = {
  'to-trinh': 'Tờ trình / văn bản đề nghị',
  'bao-cao-thanh-tich': 'Báo cáo thành tích',
  'bien-ban': 'Biên bản xét khen thưởng',
};

export const achievementReportSchema = z.object({
  summary: paragraph('Sơ lược', 6000),
  sections: z.array(z.object({ heading: optionalLine('Tiêu đề', 300), body: paragraph('Nội dung', 20_000) })),
});
export type AchievementReport = z.infer<typeof achievementReportSchema>;

export const nominationFields = z.object({
  campaignId: idSchema,
  participantId: idSchema,
  rewardId: idSchema,
  category: categorySchema,
  rationale: paragraph('Lý do đề xuất', 4000),
  /** Set when the quota is exceeded. */
  overQuotaReason: paragraph('Lý do vượt số lượng', 2000),
  /** Set when the participant is not eligible but is nominated anyway. */
  eligibilityOverrideReason: paragraph('Lý do đề xuất dù chưa đủ điều kiện', 2000),
  status: z.enum(NOMINATION_STATUSES).default('proposed'),
  withdrawnReason: paragraph('Lý do rút', 2000),
  dossier: z
    .object({
      checklist: z.partialRecord(z.enum(DOSSIER_ITEMS), z.boolean()).default({}),
      report: achievementReportSchema.default({ summary: '', sections: [] }),
      appraisalResult: z.enum(['dat', 'khong-dat']).optional(),
      appraisalDate: isoDateSchema.optional(),
      appraisalNote: paragraph('Ý kiến thẩm định', 4000),
      achievement: optionalLine('Thành tích ghi trên Giấy khen', 500),
    })
    .default({ checklist: {}, report: { summary: '', sections: [] }, appraisalNote: '', achievement: '' }),
});
export const nominationSchema = nominationFields.extend(recordMeta);
export type Nomination = z.infer<typeof nominationSchema>;
