// The year's record per participant and criterion: evidence (minh chứng) with files,
// the officer's appraisal (đánh giá), and citizens' complaints (phản ánh).
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalLine, paragraph, recordMeta, requiredParagraph, timestampSchema } from './common';

export const ASSESSMENTS = ['dat', 'khong-dat'] as const;
export const APPRAISAL_RESULTS = ['dat', 'chua-dat', 'khong-dat'] as const;
export type AppraisalResult = (typeof APPRAISAL_RESULTS)[number];
export const APPRAISAL_LABELS: Record<AppraisalResult, string> = {
  dat: 'Đạt',
  'chua-dat': 'Chưa đạt',
  'khong-dat': 'Không đạt',
};

export const evidenceFields = z.object({
  campaignId: idSchema,
  participantId: idSchema,
  criterionId: idSchema,
  description: requiredParagraph('Nội dung minh chứng', 10_000),
  date: isoDateSchema.optional(),
  documentNumber: optionalLine('Số văn bản', 60),
  documentDate: isoDateSchema.optional(),
  attachmentIds: z.array(idSchema).default([]),
  selfAssessment: z.enum(ASSESSMENTS).optional(),
  selfComment: paragraph('Tự nhận xét', 4000),
});
export const evidenceSchema = evidenceFields.extend(recordMeta);
export type Evidence = z.infer<typeof evidenceSchema>;

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/** File metadata; the bytes are a Blob stored beside it (not part of the schema). */
export const attachmentFields = z.object({
  campaignId: idSchema,
  ownerId: idSchema, // evidence, gate proof, complaint or dossier
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().min(1, 'Tệp rỗng (0 byte)').max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const attachmentSchema = attachmentFields.extend(recordMeta);
export type Attachment = z.infer<typeof attachmentSchema> & { blob?: Blob };

export const appraisalFields = z.object({
  campaignId: idSchema,
  participantId: idSchema,
  criterionId: idSchema,
  result: z.enum(APPRAISAL_RESULTS),
  note: paragraph('Nhận xét', 4000),
  appraisedBy: z.string().default(''),
  appraisedAt: timestampSchema.optional(),
});
export const appraisalSchema = appraisalFields.extend(recordMeta);
export type Appraisal = z.infer<typeof appraisalSchema>;

export const complaintFields = z.object({
  campaignId: idSchema,
  participantId: idSchema,
  date: isoDateSchema,
  content: requiredParagraph('Nội dung phản ánh', 10_000),
  source: optionalLine('Nguồn phản ánh', 300),
  substantiated: z.boolean(),
  verificationNote: paragraph('Kết quả xác minh', 4000),
});
export const complaintSchema = complaintFields.extend(recordMeta);
export type Complaint = z.infer<typeof complaintSchema>;
