// Building blocks shared by every domain schema: ids, dates, the record envelope
// (createdAt / updatedAt / rev / tombstone) and Vietnamese validation messages.
import { z } from 'zod';
import { cleanLine, cleanText } from '../lib/vi-text';
import { isIsoDate } from '../lib/vi-date';
import { ID_PATTERN } from '../lib/ids';

// jitless: zod would otherwise probe `new Function` to compile fast parsers, which the
// Content Security Policy (no 'unsafe-eval') refuses with a console error.
z.config({ ...z.locales.vi(), jitless: true });

export const idSchema = z.string().regex(ID_PATTERN, 'Mã định danh không hợp lệ');

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)' });

export const timestampSchema = z.iso.datetime({ message: 'Thời điểm không hợp lệ' });

/** A required single-line text, cleaned of what Word pastes (NFD, stray spaces). */
export const line = (label: string, max = 500) =>
  z
    .string({ message: `${label}: cần nhập` })
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, `${label}: không được để trống`)
        .max(max, `${label}: tối đa ${max} ký tự`),
    );

/** An optional single-line text; empty becomes "". */
export const optionalLine = (label: string, max = 500) =>
  z
    .string()
    .default('')
    .transform(cleanLine)
    .pipe(z.string().max(max, `${label}: tối đa ${max} ký tự`));

/** Multi-line text (paragraphs kept). */
export const paragraph = (label: string, max = 20_000) =>
  z
    .string()
    .default('')
    .transform(cleanText)
    .pipe(z.string().max(max, `${label}: tối đa ${max} ký tự`));

export const requiredParagraph = (label: string, max = 20_000) =>
  z
    .string({ message: `${label}: cần nhập` })
    .transform(cleanText)
    .pipe(z.string().min(1, `${label}: không được để trống`).max(max, `${label}: tối đa ${max} ký tự`));

/** Fields every stored record carries. `deletedAt` marks a tombstone that survives a merge. */
export const recordMeta = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  rev: z.number().int().min(1),
  deletedAt: timestampSchema.optional(),
};

export type RecordMeta = {
  id: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  deletedAt?: string | undefined;
};

export const META_KEYS = ['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt'] as const;
