// The commune's register: units (tập thể) and people (cá nhân), kept once and reused
// across campaigns.
import { z } from 'zod';
import { idSchema, isoDateSchema, line, optionalLine, paragraph, recordMeta } from './common';

export const UNIT_KINDS = ['co-quan', 'bo-phan', 'ap', 'doan-the', 'khac'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS, { message: 'Loại đơn vị không hợp lệ' });
export type UnitKind = z.infer<typeof unitKindSchema>;
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  'co-quan': 'Cơ quan',
  'bo-phan': 'Bộ phận',
  ap: 'Ấp',
  'doan-the': 'Đoàn thể',
  khac: 'Khác',
};

export const PERSON_KINDS = ['can-bo', 'cong-chuc', 'nhdkct'] as const;
export const personKindSchema = z.enum(PERSON_KINDS, { message: 'Đối tượng không hợp lệ' });
export type PersonKind = z.infer<typeof personKindSchema>;
export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  'can-bo': 'Cán bộ',
  'cong-chuc': 'Công chức',
  nhdkct: 'Người hoạt động không chuyên trách',
};

export const genderSchema = z.enum(['nam', 'nu'], { message: 'Chọn giới tính' });
export type Gender = z.infer<typeof genderSchema>;
export const GENDER_LABELS: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

export const unitFields = z.object({
  name: line('Tên đơn vị', 200),
  kind: unitKindSchema,
  note: paragraph('Ghi chú', 2000),
  archived: z.boolean().default(false),
  /**
   * Share of women among the unit's people (%) and the day it was recorded: among equally
   * qualified collectives, Decree 152/2025 art. 4 prefers one with at least 70% women.
   */
  womenPercent: z.number({ message: 'Tỉ lệ nữ phải là số' }).min(0, 'Tỉ lệ nữ từ 0 đến 100').max(100, 'Tỉ lệ nữ từ 0 đến 100').optional(),
  womenRecordedOn: isoDateSchema.optional(),
  /** The person who heads the unit (signs its report; recused when the unit is voted on). */
  headPersonId: idSchema.optional(),
  /** Who heads the unit: signs its báo cáo thành tích, confirms its members'. */
  headName: optionalLine('Họ tên người đứng đầu', 120),
  headPosition: optionalLine('Chức vụ người đứng đầu', 200),
});
export type UnitFields = z.infer<typeof unitFields>;
export const unitSchema = unitFields.extend(recordMeta);
export type Unit = z.infer<typeof unitSchema>;

export const personFields = z.object({
  fullName: line('Họ và tên', 120),
  gender: genderSchema,
  dateOfBirth: isoDateSchema.optional(),
  position: optionalLine('Chức vụ', 200),
  kind: personKindSchema,
  unitId: idSchema.optional(),
  active: z.boolean().default(true),
  /** Kept for past campaigns but hidden from lists (a person once registered is never hard-deleted). */
  archived: z.boolean().optional(),
});
export type PersonFields = z.infer<typeof personFields>;
export const personSchema = personFields.extend(recordMeta);
export type Person = z.infer<typeof personSchema>;
