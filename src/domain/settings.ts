// The office's settings: who we are, where, who signs, who is at the keyboard, and the
// dated base-salary table (mức lương cơ sở) that reward amounts are computed from.
import { z } from 'zod';
import { isoDateSchema, line, optionalLine, recordMeta } from './common';
import { DEFAULT_HIGHER_BODIES, DEFAULT_LEGAL_BASES, datedTextSchema } from './legal-bases';
import { sameName } from '../lib/vi-text';

export { SETTINGS_ID } from './settings-id';

export const signatureSchema = z.object({
  prefix: optionalLine('Thẩm quyền ký', 20), // TM., KT., TL., Q. or empty
  position: line('Chức vụ người ký', 120),
  signerName: line('Họ tên người ký', 120),
});
export type Signature = z.infer<typeof signatureSchema>;

export const baseSalarySchema = z.object({
  effectiveFrom: isoDateSchema,
  amount: z.number({ message: 'Mức lương cơ sở phải là số' }).int().positive('Mức lương cơ sở phải lớn hơn 0'),
  source: optionalLine('Căn cứ', 300),
});
export type BaseSalary = z.infer<typeof baseSalarySchema>;

export const PROPOSERS = ['vice-chair', 'standing-member', 'officer'] as const;
export const PROPOSER_LABELS: Record<(typeof PROPOSERS)[number], string> = {
  'vice-chair': 'Phó Chủ tịch Hội đồng Thi đua - Khen thưởng (ký thay Chủ tịch Hội đồng)',
  'standing-member': 'Ủy viên thường trực Hội đồng (thư ký Hội đồng nếu không ghi)',
  officer: 'Công chức phụ trách thi đua, khen thưởng',
};

/**
 * Who proposes and signs the tờ trình, and to whom it goes. The council is chaired by the
 * commune chair, who decides: the proposal is signed by someone else and addressed to the chair.
 */
export const proposalSettingsSchema = z
  .object({
    by: z.enum(PROPOSERS).default('vice-chair'),
    officerPosition: optionalLine('Chức vụ công chức phụ trách', 200),
    officerName: optionalLine('Họ tên công chức phụ trách', 120),
    /** "Chủ tịch Ủy ban nhân dân xã Văn Giáo"; empty: the chair of the issuing body. */
    addressee: optionalLine('Kính gửi', 200),
    /** The person who holds it, to refuse a proposal addressed to its own signer. */
    addresseeName: optionalLine('Họ tên người nhận', 120),
  })
  .refine((p) => p.by !== 'officer' || !!p.officerName, { message: 'Nhập họ tên công chức phụ trách (người ký tờ trình)', path: ['officerName'] })
  .refine((p) => p.by !== 'officer' || !p.addresseeName || !sameName(p.officerName, p.addresseeName), {
    message: 'Người ký tờ trình không được là người nhận tờ trình: chọn người ký khác',
    path: ['officerName'],
  });
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

export const settingsFields = z.object({
  organisationName: line('Tên cơ quan', 200),
  higherBody: optionalLine('Cơ quan cấp trên', 200),
  placeName: line('Địa danh', 100),
  operatorName: line('Người thao tác', 120),
  signers: z.array(signatureSchema).max(10),
  baseSalaries: z.array(baseSalarySchema).min(1, 'Cần ít nhất một mức lương cơ sở'),
  /** Legal bases a decision cites before the plan, each with the dates it is in force. */
  legalBases: z.array(datedTextSchema).max(30).default(DEFAULT_LEGAL_BASES),
  /** The higher level that receives reports, by date (the town's office, then the province's). */
  higherBodies: z.array(datedTextSchema).max(10).default(DEFAULT_HIGHER_BODIES),
  proposal: proposalSettingsSchema.prefault({}),
});
export type SettingsFields = z.infer<typeof settingsFields>;

export const settingsSchema = settingsFields.extend(recordMeta);
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_BASE_SALARIES: BaseSalary[] = [
  { effectiveFrom: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { effectiveFrom: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
  { effectiveFrom: '2026-07-01', amount: 2_530_000, source: 'Nghị định 161/2026/NĐ-CP' },
];

/**
 * The stored table plus every default row whose start date it lacks, in date order.
 * Settings saved by an older version lack rows added since (01/07/2023 was missing, so
 * decisions of early 2024 were refused); filling them on read reaches every stored copy
 * and backup without a database migration. A row the officer typed for the same date wins.
 */
export function withDefaultBaseSalaries(rows: readonly BaseSalary[]): BaseSalary[] {
  const have = new Set(rows.map((r) => r.effectiveFrom));
  const missing = DEFAULT_BASE_SALARIES.filter((d) => !have.has(d.effectiveFrom));
  return [...rows, ...missing].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

export const DEFAULT_SETTINGS: SettingsFields = {
  organisationName: 'Ủy ban nhân dân xã',
  higherBody: '',
  placeName: '',
  operatorName: 'Cán bộ phụ trách',
  signers: [],
  baseSalaries: DEFAULT_BASE_SALARIES,
  legalBases: DEFAULT_LEGAL_BASES,
  higherBodies: DEFAULT_HIGHER_BODIES,
  proposal: { by: 'vice-chair', officerPosition: '', officerName: '', addressee: '', addresseeName: '' },
};
