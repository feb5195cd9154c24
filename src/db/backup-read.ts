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
  const where = e.where.key ? ` (ở mục "${e.where.key}"${e.where.index !== undefined ? `, phần tử thứ ${e.where.index + 1}` : ''})` : '';
  switch (e.problem) {
    case 'empty':
      return 'Tệp rỗng: không có nội dung nào. Hãy chọn đúng tệp sao lưu (.json) đã tải về.';
    case 'not-json':
      return `Tệp này không phải tệp JSON nên không phải bản sao lưu của Bình Xét (ký tự đầu tiên không phải "{", vị trí ${e.where.offset + 1}).`;
    case 'truncated':
      return `Tệp sao lưu bị cắt cụt: tệp kết thúc giữa chừng${where}. Có thể tệp chưa tải về xong hoặc bị chép thiếu; hãy lấy lại tệp gốc.`;
    case 'too-deep':
      return `Tệp sao lưu có cấu trúc lồng nhau quá sâu${where}, vị trí ký tự ${e.where.offset + 1}. Tệp không phải do Bình Xét tạo ra.`;
    case 'too-large':
      return `Một phần của tệp sao lưu quá lớn${where}. Tệp không phải do Bình Xét tạo ra hoặc đã bị hỏng.`;
    case 'encoding':
      return 'Tệp không phải văn bản UTF-8 nên không đọc được. Hãy chọn đúng tệp sao lưu (.json) đã tải về.';
    default:
      return `Tệp sao lưu sai cú pháp JSON${where}, gần ký tự thứ ${e.where.offset + 1}. Tệp có thể đã bị sửa tay hoặc bị hỏng.`;
  }
}

function parsePiece(raw: string, where: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BackupFormatError(`Tệp sao lưu sai cú pháp JSON ở ${where}. Tệp có thể đã bị sửa tay hoặc bị hỏng.`);
  }
  const unsafe = findUnsafeKey(value, where);
  if (unsafe) throw new BackupFormatError(`Tệp sao lưu có khoá nguy hiểm "${unsafe.split('.').pop() ?? ''}" ở ${unsafe}. Tệp đã bị sửa để gây hại nên bị từ chối.`);
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
        members[key] = parsePiece(raw, `mục "${key}"`);
        // Refuse a foreign or newer file as soon as its header is read, not after the attachments.
        if (key === 'formatVersion' || (key === 'format' && members.format !== 'binh-xet-backup')) fileVersion(members);
      },
      onElement: async (key, index, raw) => {
        const where = `tệp đính kèm thứ ${index + 1}`;
        const parsed = attachmentEntrySchema.safeParse(parsePiece(raw, where));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new BackupFormatError(`Thông tin ${where} sai: trường "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'không hợp lệ'}.`);
        }
        const { base64, ...meta } = parsed.data;
        const bytes = base64ToBytes(base64);
        if (!bytes) throw new BackupFormatError(`Nội dung ${where} ("${meta.name}") không phải base64 hợp lệ: tệp đã bị hỏng.`);
        if (bytes.length !== meta.size || (await sha256Hex(bytes)) !== meta.sha256) {
          throw new BackupFormatError(`Nội dung ${where} ("${meta.name}") không khớp mã băm SHA-256 ghi trong tệp: tệp đính kèm đã bị hỏng hoặc bị sửa.`);
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
    throw new BackupFormatError('Tệp sao lưu thiếu phần danh sách tệp đính kèm, nên không đầy đủ hoặc đã bị sửa. Không có gì được thay đổi. Hãy dùng tệp sao lưu gốc.');
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
  if (!head.success) {
    const issue = head.error.issues[0];
    throw new BackupFormatError(`Phần đầu tệp sao lưu sai ở mục "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'không hợp lệ'}.`);
  }
  if (version > 0) {
    const integrity = integritySchema.safeParse(members.integrity);
    if (!integrity.success) throw new BackupFormatError('Tệp sao lưu thiếu hoặc sai mục "integrity" (mã kiểm tra SHA-256).');
    const digest = await backupDigest(members.data, entries);
    if (digest !== integrity.data.digest) {
      throw new BackupFormatError(
        'Mã kiểm tra toàn vẹn (SHA-256) không khớp với nội dung: tệp đã bị sửa hoặc bị hỏng sau khi xuất (mục "integrity"). Hãy dùng tệp gốc.',
      );
    }
  }
  const data = validateCollections(upgraded.members.data);
  checkAttachmentEntries(data, entries);
  freezeLegacyRounds(data);
  return { head: head.data, data, blobs, warnings: upgraded.warnings, fileSize };
}
