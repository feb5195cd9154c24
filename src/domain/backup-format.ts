// The backup file format (docs/backup-format.md): the envelope, the collections it carries
// (the domain's records, not Dexie's layout), its canonical form and SHA-256 digest.
import { z } from 'zod';
import { auditEntrySchema } from './audit';
import { awardEntrySchema } from './award-history';
import { campaignSchema, participantSchema } from './campaign';
import { idSchema, timestampSchema } from './common';
import { ballotSchema, councilMemberSchema, roundSchema, sessionSchema } from './council';
import { decisionSchema } from './decision';
import { DomainError } from './errors';
import { appraisalSchema, attachmentSchema, complaintSchema, evidenceSchema } from './evidence';
import { nominationSchema } from './nomination';
import { personSchema, unitSchema } from './register';
import { settingsSchema } from './settings';

export const BACKUP_FORMAT = 'binh-xet-backup';
/**
 * Bump when the file's shape changes, and add an upgrade step in backup-upgrade.ts.
 * 2: the award history (`awards`); a file of version 1 has none and needs no change.
 * 3: fields an app reading version 2 would drop without a word (its schemas strip what they do
 *    not know): the year-end evaluation (participants' `yearResult`, campaigns' `titleRules`,
 *    rewards' `titleKey`) and the proposal upward (`campaigns[].documents.upward`, with the reports
 *    it sends). A file of version 2 has none of them and needs no change; an app of version 2
 *    refuses a file of version 3 and asks to be updated.
 */
export const BACKUP_FORMAT_VERSION = 3;
/** A file larger than this is refused before it is read. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** A backup is wrong or unreadable: `message` says what and where, in Vietnamese. */
export class BackupFormatError extends DomainError {
  constructor(message: string, details: readonly string[] = []) {
    super('backup-format', message, details);
    this.name = 'BackupFormatError';
  }
}

/** Collections in file order: parents before children, so a reader can check references. */
export const COLLECTIONS = [
  'settings',
  'units',
  'people',
  'campaigns',
  'participants',
  'evidence',
  'attachments',
  'appraisals',
  'complaints',
  'nominations',
  'councilMembers',
  'sessions',
  'rounds',
  'ballots',
  'decisions',
  'awards',
  'audit',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const COLLECTION_SCHEMAS = {
  settings: settingsSchema,
  units: unitSchema,
  people: personSchema,
  campaigns: campaignSchema,
  participants: participantSchema,
  evidence: evidenceSchema,
  attachments: attachmentSchema,
  appraisals: appraisalSchema,
  complaints: complaintSchema,
  nominations: nominationSchema,
  councilMembers: councilMemberSchema,
  sessions: sessionSchema,
  rounds: roundSchema,
  ballots: ballotSchema,
  decisions: decisionSchema,
  awards: awardEntrySchema,
  audit: auditEntrySchema,
} satisfies Record<Collection, z.ZodType>;

export const COLLECTION_LABELS: Record<Collection, string> = {
  settings: 'Cài đặt',
  units: 'Đơn vị',
  people: 'Cán bộ, công chức',
  campaigns: 'Phong trào thi đua',
  participants: 'Đối tượng thi đua',
  evidence: 'Minh chứng',
  attachments: 'Tệp đính kèm',
  appraisals: 'Đánh giá',
  complaints: 'Phản ánh',
  nominations: 'Đề xuất khen thưởng',
  councilMembers: 'Thành viên Hội đồng',
  sessions: 'Phiên họp',
  rounds: 'Vòng bỏ phiếu',
  ballots: 'Phiếu bầu',
  decisions: 'Quyết định khen thưởng',
  awards: 'Sổ thi đua, khen thưởng',
  audit: 'Nhật ký thay đổi',
};

export type BackupRecord = { id: string } & Record<string, unknown>;
export type BackupData = Record<Collection, BackupRecord[]>;

export function emptyBackupData(): BackupData {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as BackupData;
}

export const backupScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('campaign'), campaignId: idSchema, name: z.string() }),
  z.object({ kind: z.literal('evidence'), campaignId: idSchema, participantId: idSchema, name: z.string() }),
]);
export type BackupScope = z.infer<typeof backupScopeSchema>;

/** One attachment's bytes; the digest covers everything but `base64`, and `sha256` covers the bytes. */
export const attachmentEntryMetaSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Mã băm SHA-256 phải gồm 64 chữ số hex'),
});
export const attachmentEntrySchema = attachmentEntryMetaSchema.extend({ base64: z.string() });
export type AttachmentEntryMeta = z.infer<typeof attachmentEntryMetaSchema>;

export const integritySchema = z.object({
  algorithm: z.literal('SHA-256'),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'Mã kiểm tra phải gồm 64 chữ số hex'),
});

export const envelopeHeadSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: timestampSchema,
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  scope: backupScopeSchema,
});
export type EnvelopeHead = z.infer<typeof envelopeHeadSchema>;

/** The whole file, for the published JSON Schema (public/backup-schema.json). */
export const backupFileSchema = envelopeHeadSchema.extend({
  data: z.object(Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(COLLECTION_SCHEMAS[c]).optional()])) as unknown as Record<Collection, z.ZodOptional<z.ZodArray<z.ZodType>>>),
  attachments: z.array(attachmentEntrySchema),
  integrity: integritySchema,
});

export function backupJsonSchema(): unknown {
  return z.toJSONSchema(backupFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

/**
 * Canonical JSON: object keys sorted (UTF-16 order), no whitespace, undefined members left
 * out, arrays in order. Two files with the same data give the same text whatever their layout.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  writeCanonical(value, (text) => out.push(text));
  return out.join('');
}

/** canonicalJson's text, handed out in pieces, so a whole backup's never sits in memory as one string. */
function writeCanonical(value: unknown, emit: (text: string) => void): void {
  if (value === null || typeof value !== 'object') {
    emit(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    emit('[');
    value.forEach((v: unknown, i) => {
      if (i) emit(',');
      if (v === undefined) emit('null');
      else writeCanonical(v, emit);
    });
    emit(']');
    return;
  }
  emit('{');
  let first = true;
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function') continue;
    emit(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeCanonical(v, emit);
  }
  emit('}');
}

/**
 * The UTF-8 bytes of canonicalJson(value), encoded about a megabyte at a time: the text of a
 * district's records (tens of MB, two bytes a character in the JS heap once it holds
 * Vietnamese) is never built as one string (bench measurement 7: peak heap during export).
 */
function canonicalUtf8(value: unknown): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    chunks.push(encoder.encode(pending.join('')));
    pending = [];
    pendingLength = 0;
  };
  writeCanonical(value, (text) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= 1 << 20) flush();
  });
  flush();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks.splice(0)) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(bytes: BufferSource | string): Promise<string> {
  const input = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return toHex(await crypto.subtle.digest('SHA-256', input));
}

/** The integrity digest: SHA-256 of canonicalJson({data, attachments}) with attachments' bytes left out. */
export function backupDigest(data: unknown, attachments: readonly AttachmentEntryMeta[]): Promise<string> {
  return sha256Hex(canonicalUtf8({ data, attachments }));
}
