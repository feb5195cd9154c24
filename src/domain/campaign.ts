// A campaign (phong trào thi đua) and the plan (kế hoạch) that launches it: everything
// the real plan 99/KH-UBND holds, so the app can regenerate it, run it, and clone it.
import { z } from 'zod';
import { idSchema, isoDateSchema, line, optionalLine, paragraph, recordMeta, requiredParagraph } from './common';
import { personKindSchema, unitKindSchema } from './register';
import { categorySchema, DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES, moneyRulesSchema, votingRulesSchema } from './rules';
import { signatureSchema } from './settings';
import { CAMPAIGN_STATUSES } from './campaign-status';
import { campaignDocumentsSchema } from './campaign-documents';
import { ANNUAL_TITLE_KEYS, titleRulesSchema, yearResultSchema } from './annual-titles';

export { CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, type CampaignStatus } from './campaign-status';
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);

export const basisDocumentSchema = z.object({
  id: idSchema,
  number: line('Số, ký hiệu văn bản', 60),
  date: isoDateSchema.optional(),
  issuer: optionalLine('Cơ quan ban hành', 200),
  summary: paragraph('Trích yếu', 2000),
});
export type BasisDocument = z.infer<typeof basisDocumentSchema>;

export const APPLIES_TO = ['collective', 'individual', 'both'] as const;
export const CRITERION_KINDS = ['required', 'disqualifier', 'initiative'] as const;
export const CRITERION_KIND_LABELS: Record<(typeof CRITERION_KINDS)[number], string> = {
  required: 'Bắt buộc',
  disqualifier: 'Loại trừ (vi phạm thì không xét)',
  initiative: 'Sáng kiến, giải pháp',
};

/**
 * Which substantiated complaints a disqualifier counts: those of the campaign's calendar year
 * (plan 99: "trong năm"), of the campaign period (launch → end), or between two dates.
 */
export const COMPLAINT_WINDOW_KINDS = ['calendar-year', 'campaign-period', 'dates'] as const;
export const complaintWindowSchema = z
  .object({
    kind: z.enum(COMPLAINT_WINDOW_KINDS),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .superRefine((w, ctx) => {
    if (w.kind !== 'dates') return;
    if (!w.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Cần nhập ngày bắt đầu xét phản ánh' });
    if (!w.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Cần nhập ngày kết thúc xét phản ánh' });
    if (w.from && w.to && w.from > w.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc xét phản ánh không được trước ngày bắt đầu' });
  });
export type ComplaintWindow = z.infer<typeof complaintWindowSchema>;

/**
 * A disqualifier without a window counts the calendar year. Optional rather than a zod
 * default: campaigns stored and backed up before the setting existed lack it, repositories
 * do not parse on read, and a default added only on import would make a file differ from
 * the very data it was exported from (a false merge conflict). One reading rule instead.
 */
export const DEFAULT_COMPLAINT_WINDOW: ComplaintWindow = { kind: 'calendar-year' };

export const criterionSchema = z.object({
  id: idSchema,
  /** Short name for tables: "Chấp hành, không bị phản ánh". */
  shortName: line('Tên ngắn của tiêu chí', 120),
  text: requiredParagraph('Nội dung tiêu chí', 4000),
  appliesTo: z.enum(APPLIES_TO),
  kind: z.enum(CRITERION_KINDS),
  /** Only read for kind 'disqualifier'; absent means DEFAULT_COMPLAINT_WINDOW. */
  complaintWindow: complaintWindowSchema.optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const gateSchema = z.object({
  id: idSchema,
  text: requiredParagraph('Nội dung điều kiện', 2000),
  kind: z.enum(['yes-no', 'rank-at-most']),
  /** For rank-at-most: the worst rank that still passes (3 = "from 1st to 3rd"). */
  maxRank: z.number().int().min(1).optional(),
  /** Recorded value: yes/no, or the rank obtained; absent while unknown. */
  value: z.union([z.boolean(), z.number().int().min(1)]).optional(),
  /** Printed in the plan among the criteria (the plan lists the first gate there). */
  listedWithCriteria: z.boolean().default(false),
  score: z.number().optional(),
  proof: z
    .object({
      documentNumber: optionalLine('Số văn bản', 60),
      documentDate: isoDateSchema.optional(),
      issuer: optionalLine('Cơ quan ban hành', 200),
      note: paragraph('Ghi chú', 2000),
    })
    .default({ documentNumber: '', issuer: '', note: '' }),
});
export type Gate = z.infer<typeof gateSchema>;

export const rewardSchema = z.object({
  id: idSchema,
  /** "Giấy khen của Chủ tịch Ủy ban nhân dân xã". */
  form: line('Hình thức khen thưởng', 300),
  category: categorySchema,
  quota: z.number({ message: 'Số lượng phải là số' }).int().min(0).max(10_000),
  coefficient: z.number().min(0).max(100),
  coefficientSource: z.string().default(''),
  /** Also propose the higher level's award when eligible. */
  proposeToHigherLevel: z.boolean().default(false),
  /**
   * The council's rules for this award when they differ from the campaign's (e.g. Giấy khen by
   * simple majority, Chiến sĩ thi đua cơ sở by 80% of all members); absent = the campaign's.
   */
  votingRules: votingRulesSchema.optional(),
  /** The annual title this award is (year-end campaigns): eligibility then reads the year's data. */
  titleKey: z.enum(ANNUAL_TITLE_KEYS).optional(),
});
export type Reward = z.infer<typeof rewardSchema>;

export const sectionSchema = z.object({
  id: idSchema,
  heading: optionalLine('Tiêu đề mục', 300),
  items: z.array(requiredParagraph('Nội dung', 6000)),
});
export type Section = z.infer<typeof sectionSchema>;

export const campaignFields = z
  .object({
    // Identity of the plan
    documentNumber: optionalLine('Số, ký hiệu', 60), // "99/KH-UBND"
    issuingBody: line('Cơ quan ban hành', 200),
    higherBody: optionalLine('Cơ quan chủ quản', 200),
    place: line('Địa danh', 100),
    issueDate: isoDateSchema.optional(),
    documentType: line('Loại văn bản', 60), // "KẾ HOẠCH"
    title: requiredParagraph('Trích yếu', 1000),
    shortName: line('Tên phong trào', 300),
    year: z.number({ message: 'Năm phải là số' }).int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
    intro: paragraph('Phần mở đầu', 6000),
    basis: z.array(basisDocumentSchema),
    purposes: sectionSchema,
    requirements: sectionSchema,
    scope: z.object({
      unitKinds: z.array(unitKindSchema),
      personKinds: z.array(personKindSchema),
      text: z.array(requiredParagraph('Đối tượng', 2000)),
    }),
    criteria: z.array(criterionSchema).min(1, 'Cần ít nhất một tiêu chí thi đua'),
    gates: z.array(gateSchema),
    rewards: z.array(rewardSchema),
    /** "a) Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 01 tập thể, 03 cá nhân …" */
    rewardHeading: paragraph('Tiêu đề hình thức khen thưởng', 1000),
    rewardText: paragraph('Nội dung hình thức khen thưởng', 6000),
    procedure: z.array(requiredParagraph('Bước thực hiện', 4000)),
    timeline: z.object({
      launch: isoDateSchema.optional(),
      end: isoDateSchema.optional(),
      launchText: paragraph('Thời gian phát động', 2000),
      reviewMonth: optionalLine('Thời gian tổng kết', 100), // "2025-01"
      reviewText: paragraph('Thời gian tổng kết', 2000),
    }),
    funding: z.object({ level: paragraph('Mức khen thưởng', 2000), source: paragraph('Nguồn kinh phí', 2000) }),
    duties: z.array(
      z.object({ id: idSchema, role: line('Đơn vị, cá nhân thực hiện', 300), items: z.array(requiredParagraph('Nhiệm vụ', 4000)) }),
    ),
    closing: paragraph('Câu kết', 2000),
    recipients: z.array(line('Nơi nhận', 300)),
    signature: signatureSchema,
    votingRules: votingRulesSchema.default(DEFAULT_VOTING_RULES),
    moneyRules: moneyRulesSchema.default(DEFAULT_MONEY_RULES),
    status: z.enum(CAMPAIGN_STATUSES).default('draft'),
    clonedFrom: idSchema.optional(),
    /** Dates and numbers of the campaign's papers (tờ trình, báo cáo), set on their pages. */
    documents: campaignDocumentsSchema.prefault({}),
    /** The local choices of the annual titles (year-end campaigns); absent = DEFAULT_TITLE_RULES. */
    titleRules: titleRulesSchema.optional(),
  })
  .refine((c) => !c.timeline.launch || !c.timeline.end || c.timeline.launch <= c.timeline.end, {
    message: 'Ngày kết thúc không được trước ngày phát động',
    path: ['timeline', 'end'],
  });
export type CampaignFields = z.infer<typeof campaignFields>;

export const campaignSchema = campaignFields.and(z.object(recordMeta));
export type Campaign = z.infer<typeof campaignSchema>;

/** A unit or person registered into a campaign. */
export const participantFields = z.object({
  campaignId: idSchema,
  category: categorySchema,
  unitId: idSchema.optional(),
  personId: idSchema.optional(),
  /** Name at registration, kept for documents if the register changes later. */
  displayName: line('Tên', 200),
  /** Year-end campaigns: the person's quality rating, discipline and initiatives of the year. */
  yearResult: yearResultSchema.optional(),
});
export const participantSchema = participantFields
  .extend(recordMeta)
  .refine((p) => (p.category === 'collective' ? !!p.unitId : !!p.personId), {
    message: 'Tập thể phải gắn với một đơn vị, cá nhân phải gắn với một người',
  });
export type Participant = z.infer<typeof participantSchema>;
