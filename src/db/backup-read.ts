// Reading a backup file: refused by size before it is opened, then streamed (json-stream)
// so attachments are decoded and hash-checked one at a time, then upgraded, digest-checked
// and validated. Nothing here writes; backup-repo.ts does, after the officer has seen a preview.
import {
  attachmentEntrySchema,
  backupDigest,
  BackupFormatError,
  envelopeHeadSchema,
  integritySchema,
  MAX_BACKUP_BYTES,
  sha256Hex,
  type AttachmentEntryMeta,
  type BackupData,
  type EnvelopeHead,
} from '../domain/backup-format';
import { upgradeFile, fileVersion } from '../domain/backup-upgrade';
import { checkAttachmentEntries, findUnsafeKey, validateCollections } from '../domain/backup-validate';
import { CHOOSE_AGAIN, collectionPart, damaged, isCollection, memberPart } from '../domain/backup-wording';
import type { VotingRound } from '../domain/council';
import { legacyResult, lookupFrom, needsLegacyResult } from '../domain/legacy-results';
import { base64ToBytes } from '../lib/base64';
import { JsonStreamError, streamJsonObject } from '../lib/json-stream';

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  maxBytes?: number;
  /** Bytes read per step (tests use tiny ones to cross every boundary). */
  chunkBytes?: number;
}

export interface ParsedBackup {
  head: EnvelopeHead;
  data: BackupData;
  /** Attachment bytes by attachment id, already checked against their SHA-256. */
  blobs: Map<string, Blob>;
  warnings: string[];
  fileSize: number;
}

const MB = 1024 * 1024;

function streamMessage(e: JsonStreamError): string {
  const part = e.where.key === undefined ? 'phần đầu tệp' : `${memberPart(e.where.key)}${e.where.index !== undefined ? ` (mục thứ ${e.where.index + 1})` : ''}`;
  switch (e.problem) {
    case 'empty':
      return `Tệp rỗng: không có nội dung nào. ${CHOOSE_AGAIN}`;
    case 'not-json':
      return `Tệp này không phải bản sao lưu của Bình Xét: nội dung không có dạng của một tệp sao lưu. ${CHOOSE_AGAIN}`;
    case 'truncated':
      return `Tệp sao lưu bị cắt cụt: tệp kết thúc giữa chừng, ở ${part}. Có thể tệp chưa tải về xong hoặc bị chép thiếu. ${CHOOSE_AGAIN}`;
    case 'encoding':
      return `Tệp không đọc được như văn bản (có thể là tệp Word, Excel, ảnh hoặc tệp nén), nên không phải bản sao lưu. ${CHOOSE_AGAIN}`;
    case 'too-deep':
      return damaged(part, 'nội dung lồng nhau quá sâu, tệp không phải do Bình Xét tạo ra');
    case 'too-large':
      return damaged(part, 'một mục quá lớn, tệp không phải do Bình Xét tạo ra');
    default:
      return damaged(part, 'nội dung không đúng cách ghi của Bình Xét, có thể do bị sửa tay hoặc bị hỏng');
  }
}

/** Where in a member a key that could poison objects sits, in words. */
function unsafePart(key: string, value: unknown): string {
  if (key === 'data' && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (isCollection(k) && findUnsafeKey(v, k)) return collectionPart(k);
  }
  return memberPart(key);
}

function parsePiece(raw: string, key: string, part = memberPart(key)): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BackupFormatError(damaged(part, 'nội dung không đúng cách ghi của Bình Xét, có thể do bị sửa tay hoặc bị hỏng'));
  }
  if (findUnsafeKey(value, key)) {
    throw new BackupFormatError(`Tệp sao lưu có nội dung lạ, có thể gây hại cho ứng dụng, ở ${unsafePart(key, value)}: tệp đã bị sửa nên bị từ chối. ${CHOOSE_AGAIN}`);
  }
  return value;
}

/** Rounds an older version closed without a frozen result get it once, as the file is read. */
function freezeLegacyRounds(data: BackupData) {
  const rounds = data.rounds as VotingRound[];
  if (!rounds.some(needsLegacyResult)) return;
  const lookup = lookupFrom(data as unknown as Parameters<typeof lookupFrom>[0]);
  data.rounds = rounds.map((r) => {
    const result = legacyResult(r, lookup);
    return result ? { ...r, result } : r;
  });
}

export async function readBackupFile(file: Blob, options: ReadOptions = {}): Promise<ParsedBackup> {
  const limit = options.maxBytes ?? MAX_BACKUP_BYTES;
  if (file.size > limit) {
    throw new BackupFormatError(
      `Tệp quá lớn (${Math.round(file.size / MB)} MB, giới hạn ${Math.round(limit / MB)} MB) nên không được mở. Hãy xuất bản sao lưu theo từng phong trào để có tệp nhỏ hơn.`,
    );
  }
  const members: Record<string, unknown> = {};
  const entries: AttachmentEntryMeta[] = [];
  const blobs = new Map<string, Blob>();
  const keys = new Set<string>();
  try {
    await streamJsonObject(file, {
      splitArrays: ['attachments'],
      onKey: (key) => keys.add(key),
      ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (read, total) => options.onProgress?.(total ? read / total : 1),
      onMember: (key, raw) => {
        members[key] = parsePiece(raw, key);
        // Refuse a foreign or newer file as soon as its header is read, not after the attachments.
        if (key === 'formatVersion' || (key === 'format' && members.format !== 'binh-xet-backup')) fileVersion(members);
      },
      onElement: async (key, index, raw) => {
        const where = `tệp đính kèm thứ ${index + 1}`;
        const part = `${memberPart('attachments')} (${where})`;
        const parsed = attachmentEntrySchema.safeParse(parsePiece(raw, key, part));
        if (!parsed.success) throw new BackupFormatError(damaged(part, 'thông tin của tệp đính kèm bị thiếu hoặc sai'));
        const { base64, ...meta } = parsed.data;
        const bytes = base64ToBytes(base64);
        if (!bytes || bytes.length !== meta.size || (await sha256Hex(bytes)) !== meta.sha256) {
          throw new BackupFormatError(damaged(part, `nội dung ${where} (“${meta.name}”) không khớp với mã kiểm tra ghi trong tệp, tệp đính kèm đã bị hỏng hoặc bị sửa`));
        }
        entries.push(meta);
        blobs.set(meta.id, new Blob([bytes as BlobPart], { type: meta.type }));
        void key;
      },
    });
  } catch (e) {
    if (e instanceof JsonStreamError) throw new BackupFormatError(streamMessage(e));
    throw e;
  }
  // The list of attachments is required even when empty: without it the file is cut short or edited.
  if (members.format === 'binh-xet-backup' && !keys.has('attachments')) {
    throw new BackupFormatError(`Tệp sao lưu thiếu ${memberPart('attachments')}, nên không đầy đủ hoặc đã bị sửa. ${CHOOSE_AGAIN}`);
  }
  return finish(members, entries, blobs, file.size);
}

async function finish(members: Record<string, unknown>, entries: AttachmentEntryMeta[], blobs: Map<string, Blob>, fileSize: number): Promise<ParsedBackup> {
  const version = fileVersion(members);
  const upgraded = await upgradeFile(members);
  for (const { meta, bytes } of upgraded.attachments) {
    entries.push(meta);
    blobs.set(meta.id, new Blob([bytes as BlobPart], { type: meta.type }));
  }
  const head = envelopeHeadSchema.safeParse(upgraded.members);
  if (!head.success) throw new BackupFormatError(damaged(memberPart(head.error.issues[0]?.path[0]), 'thông tin bị thiếu hoặc sai'));
  if (version > 0) {
    const integrity = integritySchema.safeParse(members.integrity);
    if (!integrity.success) throw new BackupFormatError(damaged(memberPart('integrity'), 'mã bị thiếu hoặc sai'));
    const digest = await backupDigest(members.data, entries);
    if (digest !== integrity.data.digest) {
      throw new BackupFormatError(`Mã kiểm tra toàn vẹn không khớp với nội dung: tệp đã bị sửa hoặc bị hỏng sau khi xuất. ${CHOOSE_AGAIN}`);
    }
  }
  const data = validateCollections(upgraded.members.data);
  checkAttachmentEntries(data, entries);
  freezeLegacyRounds(data);
  return { head: head.data, data, blobs, warnings: upgraded.warnings, fileSize };
}
