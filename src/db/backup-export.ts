// Writing a backup file: records are read in one read transaction, then the file is built
// as a Blob from many small parts (a few hundred records, or one attachment, per part), so
// memory holds at most one attachment's bytes at a time, never the whole file as one string.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupDigest,
  COLLECTIONS,
  emptyBackupData,
  sha256Hex,
  type AttachmentEntryMeta,
  type BackupData,
  type BackupRecord,
  type BackupScope,
  type Collection,
} from '../domain/backup-format';
import { SETTINGS_ID } from '../domain/settings-id';
import { bytesToBase64Ascii } from '../lib/base64';
import { foldForSearch } from '../lib/vi-text';
import { version as APP_VERSION } from '../../package.json';
import { db, type BinhXetDatabase } from './database';

export const APP_INFO = { name: 'Bình Xét', version: APP_VERSION };

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Which attachments' bytes to include (all when absent); the others travel as metadata only. */
  withBytes?: (attachmentId: string) => boolean;
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
  exportedAt: string;
  counts: Record<Collection, number>;
}

const RECORDS_PER_PART = 500;

/** Drops what is not data (a Blob kept on a record by mistake, undefined members). */
function plain(record: object): BackupRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined && !(v instanceof Blob)) out[k] = v;
  return out as BackupRecord;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records a scope covers, read in one consistent transaction. */
export async function collectData(database: BinhXetDatabase, scope: BackupScope): Promise<BackupData> {
  const data = emptyBackupData();
  const tables = COLLECTIONS.map((c) => database.table(c));
  await database.transaction('r', tables, async () => {
    if (scope.kind === 'all') {
      for (const c of COLLECTIONS) data[c] = (await database.table(c).toArray()).map(plain);
      return;
    }
    if (scope.kind === 'evidence') {
      data.evidence = (await database.evidence.where('participantId').equals(scope.participantId).toArray()).map(plain);
      const ids = new Set(data.evidence.flatMap((e) => [e.id, ...((e.attachmentIds as string[] | undefined) ?? [])]));
      const attachments = await database.attachments.where('campaignId').equals(scope.campaignId).toArray();
      data.attachments = attachments.filter((a) => ids.has(a.id) || ids.has(a.ownerId)).map(plain);
      return;
    }
    const campaign = await database.campaigns.get(scope.campaignId);
    data.campaigns = campaign ? [plain(campaign)] : [];
    for (const c of ['participants', 'evidence', 'attachments', 'appraisals', 'complaints', 'nominations', 'councilMembers', 'sessions', 'rounds', 'decisions', 'awards'] as const) {
      data[c] = (await database.table(c).where('campaignId').equals(scope.campaignId).toArray()).map(plain);
    }
    const roundIds = data.rounds.map((r) => r.id);
    data.ballots = (await database.ballots.where('roundId').anyOf(roundIds).toArray()).map(plain);
    data.audit = (await database.audit.where('campaignId').equals(scope.campaignId).toArray()).map(plain);
    // The register records the campaign points at travel with it, so references resolve.
    const personIds = new Set([...data.participants, ...data.councilMembers].map((r) => r.personId as string | undefined).filter((x): x is string => !!x));
    data.people = (await database.people.bulkGet([...personIds])).filter((p) => !!p).map(plain);
    const unitIds = new Set([...data.participants, ...data.people, ...data.awards].map((r) => r.unitId as string | undefined).filter((x): x is string => !!x));
    data.units = (await database.units.bulkGet([...unitIds])).filter((u) => !!u).map(plain);
  });
  for (const c of COLLECTIONS) data[c].sort(byId);
  return data;
}

function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

function fileStamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}`;
}

/** binh-xet-<place>-<yyyy-mm-dd-hhmm>.json, with the scope's name for partial files. */
export function backupFileName(place: string, scope: BackupScope, at: Date): string {
  const parts = ['binh-xet', slug(place)];
  if (scope.kind === 'campaign') parts.push(slug(scope.name) || 'phong-trao');
  if (scope.kind === 'evidence') parts.push('minh-chung', slug(scope.name));
  parts.push(fileStamp(at));
  return `${parts.filter(Boolean).join('-')}.json`;
}

function checkCancel(signal?: AbortSignal) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

export async function exportBackup(scope: BackupScope = { kind: 'all' }, options: ExportOptions = {}): Promise<ExportedFile> {
  const database = db();
  if (!database.isOpen()) await database.open();
  const now = new Date();
  const data = await collectData(database, scope);
  const wanted = options.withBytes ?? (() => true);
  const blobRows = await database.blobs.bulkGet(data.attachments.map((a) => (wanted(a.id) ? a.id : '')));
  const totalBytes = blobRows.reduce((n, r) => n + (r?.blob.size ?? 0), 0) || 1;
  let doneBytes = 0;

  const attachmentParts: Blob[] = [];
  const entries: AttachmentEntryMeta[] = [];
  // One buffer for every attachment's base64, not a new one each (hundreds of MB of garbage
  // in the heap at once otherwise; bench measurement 7: peak heap during export).
  let base64Buffer = new Uint8Array(0);
  for (const [i, row] of blobRows.entries()) {
    checkCancel(options.signal);
    const record = data.attachments[i];
    if (!row || !record) continue; // metadata without bytes: exported as metadata only
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const meta: AttachmentEntryMeta = { id: record.id, name: String(record.name), type: String(record.type), size: bytes.length, sha256: await sha256Hex(bytes) };
    entries.push(meta);
    const head = JSON.stringify(meta).slice(0, -1);
    const base64Length = Math.ceil(bytes.length / 3) * 4;
    if (base64Buffer.length < base64Length) base64Buffer = new Uint8Array(base64Length);
    attachmentParts.push(new Blob([`${entries.length === 1 ? '' : ',\n'}${head},"base64":"`, bytesToBase64Ascii(bytes, base64Buffer), '"}']));
    doneBytes += bytes.length;
    options.onProgress?.(Math.min(0.99, doneBytes / totalBytes));
  }

  const exportedAt = now.toISOString();
  const digest = await backupDigest(data, entries);
  const parts: BlobPart[] = [
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"formatVersion":${BACKUP_FORMAT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},`,
    `"app":${JSON.stringify(APP_INFO)},"scope":${JSON.stringify(scope)},\n"data":{`,
  ];
  COLLECTIONS.forEach((c, ci) => {
    parts.push(`${ci ? ',' : ''}\n${JSON.stringify(c)}:[`);
    const rows = data[c];
    for (let i = 0; i < rows.length; i += RECORDS_PER_PART) {
      // A Blob at once: the part's text can then be collected, instead of every record's
      // JSON staying in the heap until the file's Blob is made (bench measurement 7).
      parts.push(new Blob([`${i ? ',' : ''}\n${rows.slice(i, i + RECORDS_PER_PART).map((r) => JSON.stringify(r)).join(',\n')}`]));
    }
    parts.push(']');
  });
  parts.push('},\n"attachments":[\n', ...attachmentParts, `\n],\n"integrity":{"algorithm":"SHA-256","digest":"${digest}"}}\n`);
  const settings = await database.settings.get(SETTINGS_ID);
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, data[c].length])) as Record<Collection, number>;
  options.onProgress?.(1);
  return { blob: new Blob(parts, { type: 'application/json' }), fileName: backupFileName(settings?.placeName ?? '', scope, now), exportedAt, counts };
}
