// The office's settings: who we are, where, who signs, who is at the keyboard, and the
// dated base-salary table (mức lương cơ sở) that reward amounts are computed from.
import { z } from 'zod';
import { isoDateSchema, line, optionalLine, recordMeta } from './common';

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

export const settingsFields = z.object({
  organisationName: line('Tên cơ quan', 200),
  higherBody: optionalLine('Cơ quan cấp trên', 200),
  placeName: line('Địa danh', 100),
  operatorName: line('Người thao tác', 120),
  signers: z.array(signatureSchema).max(10),
  baseSalaries: z.array(baseSalarySchema).min(1, 'Cần ít nhất một mức lương cơ sở'),
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
};
