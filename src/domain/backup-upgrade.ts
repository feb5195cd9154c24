// The restore step that brings older files up to the current format before they are checked.
// Version 0 is the emergency dump of the first release's error screen
// ({format: "binh-xet-emergency-dump", data: {<table>: rows, blobs: [{id, base64}]}}): it had
// no digest and kept attachment bytes inside `data`. A file newer than this app is refused.
import { base64ToBytes } from '../lib/base64';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupFormatError, COLLECTIONS, sha256Hex, type AttachmentEntryMeta } from './backup-format';
import { CHOOSE_AGAIN, damaged, memberPart } from './backup-wording';

export const EMERGENCY_DUMP_FORMAT = 'binh-xet-emergency-dump';

export interface UpgradedFile {
  members: Record<string, unknown>;
  /** Attachment bytes the upgrade found inside the old file. */
  attachments: { meta: AttachmentEntryMeta; bytes: Uint8Array }[];
  /** Old files carry no digest: say so in the preview. */
  warnings: string[];
}

/** Which version a file's top-level members declare; throws for files that are not backups. */
export function fileVersion(members: Record<string, unknown>): number {
  if (members.format === EMERGENCY_DUMP_FORMAT) return 0;
  if (members.format !== BACKUP_FORMAT) {
    throw new BackupFormatError(
      members.format === undefined
        ? `Tệp này không phải bản sao lưu của Bình Xét: thiếu ${memberPart('format')}. ${CHOOSE_AGAIN}`
        : `Tệp này không phải bản sao lưu của Bình Xét: ${memberPart('format')} cho biết tệp do một chương trình khác tạo ra. ${CHOOSE_AGAIN}`,
    );
  }
  const v = members.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new BackupFormatError(damaged(memberPart('formatVersion'), 'không đọc được đây là phiên bản nào'));
  }
  if (v > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(
      `Tệp sao lưu được tạo bởi phiên bản Bình Xét mới hơn (định dạng số ${v}, máy này đọc được đến số ${BACKUP_FORMAT_VERSION}). Hãy cập nhật ứng dụng rồi mở lại tệp.`,
    );
  }
  return v;
}

export async function upgradeFile(members: Record<string, unknown>): Promise<UpgradedFile> {
  const version = fileVersion(members);
  // Versions 1 and 2 differ only in lacking what later versions added (the award history; the
  // year-end evaluation and the proposal upward): a missing collection reads as empty, a missing field as none.
  if (version >= 1) return { members, attachments: [], warnings: [] };
  return fromEmergencyDump(members);
}

async function fromEmergencyDump(members: Record<string, unknown>): Promise<UpgradedFile> {
  const tables = (members.data ?? {}) as Record<string, unknown>;
  if (typeof tables !== 'object' || Array.isArray(tables)) throw new BackupFormatError(damaged(memberPart('data')));
  const data: Record<string, unknown> = {};
  for (const c of COLLECTIONS) data[c] = tables[c] ?? [];
  const records = new Map(((tables.attachments ?? []) as { id: string; name: string; type: string }[]).map((a) => [a.id, a]));
  const attachments: UpgradedFile['attachments'] = [];
  for (const [i, blob] of ((tables.blobs ?? []) as { id: string; base64: string }[]).entries()) {
    const bytes = typeof blob.base64 === 'string' ? base64ToBytes(blob.base64) : null;
    if (!bytes) throw new BackupFormatError(damaged(`${memberPart('attachments')} (tệp đính kèm thứ ${i + 1})`));
    const record = records.get(blob.id);
    if (!record) continue; // bytes whose record was never written: nothing refers to them
    attachments.push({ meta: { id: blob.id, name: record.name, type: record.type, size: bytes.length, sha256: await sha256Hex(bytes) }, bytes });
  }
  return {
    members: {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: members.exportedAt,
      app: { name: 'Bình Xét', version: 'bản sao lưu khẩn cấp' },
      scope: { kind: 'all' },
      data,
    },
    attachments,
    warnings: ['Đây là tệp sao lưu khẩn cấp kiểu cũ: không có mã kiểm tra toàn vẹn, nên không xác nhận được tệp còn nguyên vẹn.'],
  };
}
