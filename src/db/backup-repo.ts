// Backups on the database side: preview what a file would change, then restore (replace
// everything) or merge, each as ONE transaction after a safety snapshot of the current data
// has been kept in the `snapshots` table (listable, downloadable, restorable).
import { BackupFormatError, COLLECTIONS, type BackupData, type BackupRecord, type BackupScope, type Collection } from '../domain/backup-format';
import { planMerge, type MergePlan } from '../domain/backup-merge';
import { checkReferences, noDatabase } from '../domain/backup-validate';
import { newId } from '../lib/ids';
import { db, type BinhXetDatabase, type SnapshotRecord } from './database';
import { exportBackup, type ExportOptions, type ExportedFile } from './backup-export';
import { readBackupFile, type ParsedBackup, type ReadOptions } from './backup-read';
import { appendAudit } from './repository';
import { toDomainError } from './errors';
import { recordBackup } from './backup-status';
import { clearRestoreMarker, markRestoreStarted } from './restore-marker';
import { rebuildLedgerPages } from './ledger-pages-repo';
import { rebuildAllSummaries, rebuildCampaignSummaries } from './participant-summaries-repo';
import { SUMMARY_SOURCES } from '../domain/participant-summary';

export { backupStatus, type BackupStatus } from './backup-status';

export { exportBackup, type ExportedFile } from './backup-export';
export { readBackupFile, type ParsedBackup } from './backup-read';

/** How many safety snapshots are kept: each is a full copy, attachments included. */
export const SNAPSHOTS_KEPT = 3;

export interface BackupPreview {
  parsed: ParsedBackup;
  plan: MergePlan;
  /** Records on this PC now, which a restore would replace: in all, and per kind. */
  localCount: number;
  localCounts: Record<Collection, number>;
  /** Restore replaces everything, so only a file of all data may be restored. */
  canRestore: boolean;
}

const DATA_TABLES = [...COLLECTIONS, 'blobs'] as const;

function tablesOf(database: BinhXetDatabase) {
  return [...DATA_TABLES.map((t) => database.table(t)), database.ledgerPages, database.participantSummaries, database.meta, database.snapshots];
}

/**
 * The local copies of the file's records, plus what the closed-round guard of the merge reads
 * besides: the round each incoming ballot names, and the session of each such round.
 */
async function localLookup(database: BinhXetDatabase, data: BackupData): Promise<(c: Collection, id: string) => BackupRecord | undefined> {
  const maps = new Map<Collection, Map<string, BackupRecord>>();
  const load = async (c: Collection, ids: Iterable<string>) => {
    const wanted = [...new Set(ids)];
    // An empty table (a new PC, a restore after a wipe) has nothing to look up: skip 100,000 misses.
    if (wanted.length === 0 || (await database.table(c).count()) === 0) return;
    const rows = (await database.table(c).bulkGet(wanted)) as (BackupRecord | undefined)[];
    const map = maps.get(c) ?? new Map<string, BackupRecord>();
    for (const r of rows) if (r) map.set(r.id, r);
    maps.set(c, map);
  };
  for (const c of COLLECTIONS) {
    if (c === 'sessions') continue;
    await load(c, c === 'rounds' ? [...data.rounds.map((r) => r.id), ...data.ballots.map((b) => String(b.roundId))] : data[c].map((r) => r.id));
  }
  const roundSessions = [...(maps.get('rounds')?.values() ?? [])].map((r) => String(r.sessionId));
  await load('sessions', [...data.sessions.map((r) => r.id), ...roundSessions]);
  return (c, id) => maps.get(c)?.get(id);
}

/** Reads and checks a file, and works out what a merge would do; writes nothing. */
export async function previewBackup(file: Blob, options: ReadOptions = {}): Promise<BackupPreview> {
  const parsed = await readBackupFile(file, options);
  const database = db();
  const canRestore = parsed.head.scope.kind === 'all';
  if (canRestore) checkReferences(parsed.data, noDatabase);
  else {
    const existing = new Map<Collection, Set<string>>();
    for (const c of COLLECTIONS) existing.set(c, new Set((await database.table(c).toCollection().primaryKeys()) as string[]));
    checkReferences(parsed.data, (c, id) => existing.get(c)?.has(id) ?? false);
  }
  const plan = planMerge(parsed.data, await localLookup(database, parsed.data));
  const localCounts = {} as Record<Collection, number>;
  for (const c of COLLECTIONS) localCounts[c] = await database.table(c).count();
  const localCount = COLLECTIONS.reduce((n, c) => n + localCounts[c], 0);
  return { parsed, plan, localCount, localCounts, canRestore };
}

/**
 * Keeps a copy of the current data before a restore or merge; prunes the oldest. Every record
 * is in it, but only the attachment bytes the operation is about to replace or drop
 * (`incoming`): the others stay in the database, and restoring the snapshot keeps them, so a
 * snapshot does not double the storage that large attachments take.
 */
export async function takeSnapshot(reason: string, incoming?: BackupData, options: ExportOptions = {}): Promise<SnapshotRecord> {
  const incomingHash = new Map((incoming?.attachments ?? []).map((a) => [a.id, a.sha256]));
  const local = new Map((await db().attachments.toArray()).map((a) => [a.id, a.sha256]));
  const withBytes = incoming ? (id: string) => incomingHash.get(id) !== local.get(id) : () => true;
  const file = await exportBackup({ kind: 'all' }, { ...options, withBytes });
  const database = db();
  const snapshot: SnapshotRecord = { id: newId(), createdAt: file.exportedAt, reason, file: file.blob, size: file.blob.size };
  await database.transaction('rw', database.snapshots, async () => {
    await database.snapshots.add(snapshot);
    const all = await database.snapshots.orderBy('createdAt').primaryKeys();
    await database.snapshots.bulkDelete(all.slice(0, Math.max(0, all.length - SNAPSHOTS_KEPT)));
  });
  return snapshot;
}

export async function listSnapshots(): Promise<Omit<SnapshotRecord, 'file'>[]> {
  const rows = await db().snapshots.orderBy('createdAt').reverse().toArray();
  return rows.map(({ file: _file, ...rest }) => rest);
}

export async function snapshotFile(id: string): Promise<Blob | undefined> {
  return (await db().snapshots.get(id))?.file;
}

function describeScope(scope: BackupScope): string {
  return scope.kind === 'all' ? 'toàn bộ dữ liệu' : scope.kind === 'campaign' ? `phong trào “${scope.name}”` : `minh chứng của “${scope.name}”`;
}

/** Replaces all data with the file's, in one transaction (all or nothing). */
export async function restoreBackup(parsed: ParsedBackup): Promise<void> {
  if (parsed.head.scope.kind !== 'all') {
    throw new BackupFormatError('Tệp này chỉ chứa một phần dữ liệu nên không dùng để khôi phục toàn bộ. Hãy chọn "Gộp dữ liệu".');
  }
  checkReferences(parsed.data, noDatabase);
  await takeSnapshot('Trước khi khôi phục dữ liệu', parsed.data);
  const database = db();
  markRestoreStarted();
  try {
    await database.transaction('rw', tablesOf(database), async () => {
      // Bytes the file leaves out (a light safety snapshot) are kept when they are the same file.
      const localHash = new Map((await database.attachments.toArray()).map((a) => [a.id, a.sha256]));
      const keep = parsed.data.attachments.filter((a) => !parsed.blobs.has(a.id) && localHash.get(a.id) === a.sha256).map((a) => a.id);
      const keepSet = new Set(keep);
      const allBlobs = (await database.blobs.toCollection().primaryKeys()) as string[];
      await database.blobs.bulkDelete(allBlobs.filter((id) => !keepSet.has(id)));
      for (const c of COLLECTIONS) await database.table(c).clear();
      for (const c of COLLECTIONS) await database.table(c).bulkAdd(parsed.data[c]);
      await database.blobs.bulkPut([...parsed.blobs].map(([id, blob]) => ({ id, blob })));
      // The read models, from the restored records (they are never in a file).
      await rebuildLedgerPages(database);
      await rebuildAllSummaries(database);
      await appendAudit(database, {
        action: 'restore',
        entity: 'backup',
        entityId: '',
        summary: `Khôi phục ${describeScope(parsed.head.scope)} từ bản sao lưu lúc ${parsed.head.exportedAt}`,
      });
    });
  } catch (error) {
    throw toDomainError(error);
  } finally {
    // Finished or rolled back: either way the data is whole. Only a closed tab leaves the note.
    clearRestoreMarker();
  }
}

/** Merges the file's records by id (backup-merge.ts rules), in one transaction. */
export async function mergeBackup(parsed: ParsedBackup): Promise<MergePlan> {
  await takeSnapshot('Trước khi gộp dữ liệu', parsed.data);
  const database = db();
  try {
    return await database.transaction('rw', tablesOf(database), async () => {
      // Planned again inside the transaction: the data may have changed since the preview.
      const plan = planMerge(parsed.data, await localLookup(database, parsed.data));
      // The campaigns whose summaries the merge changes: those of the records it writes, as they were and will be.
      const summarised = new Set<string>();
      for (const t of SUMMARY_SOURCES) {
        const writes = plan.writes[t];
        if (writes.length === 0) continue;
        for (const r of writes) summarised.add(String(r.campaignId));
        for (const r of await database[t].bulkGet(writes.map((w) => w.id))) if (r) summarised.add(r.campaignId);
      }
      for (const c of COLLECTIONS) await database.table(c).bulkPut(plan.writes[c]);
      const attachmentIds = new Set(plan.writes.attachments.map((a) => a.id));
      const blobs = [...parsed.blobs].filter(([id]) => attachmentIds.has(id)).map(([id, blob]) => ({ id, blob }));
      await database.blobs.bulkPut(blobs);
      if (plan.writes.awards.length > 0) await rebuildLedgerPages(database);
      for (const campaignId of summarised) await rebuildCampaignSummaries(database, campaignId);
      const written = COLLECTIONS.reduce((n, c) => n + plan.writes[c].length, 0);
      await appendAudit(database, {
        action: 'import',
        entity: 'backup',
        entityId: '',
        ...(parsed.head.scope.kind !== 'all' ? { campaignId: parsed.head.scope.campaignId } : {}),
        summary: `Gộp ${describeScope(parsed.head.scope)} từ bản sao lưu lúc ${parsed.head.exportedAt}: ${written} bản ghi được ghi, ${plan.conflicts.length} xung đột`,
      });
      const counter = await database.meta.get('changesSinceBackup');
      await database.meta.put({ key: 'changesSinceBackup', value: (typeof counter?.value === 'number' ? counter.value : 0) + 1 });
      return plan;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Exports all data and notes the time, resetting the change counter of the reminder. */
export async function exportAllAndRecord(options: ExportOptions = {}): Promise<ExportedFile> {
  const file = await exportBackup({ kind: 'all' }, options);
  await recordBackup(file.exportedAt);
  return file;
}

/** For the crash screen: the real backup file of all data. */
export async function exportForCrashScreen(): Promise<{ blob: Blob; fileName: string }> {
  const file = await exportAllAndRecord();
  return { blob: file.blob, fileName: file.fileName };
}

/** Campaigns and their participants, for choosing what a partial backup covers. */
export async function backupChoices(): Promise<{ id: string; name: string; participants: { id: string; name: string; person: boolean }[] }[]> {
  const database = db();
  const campaigns = (await database.campaigns.toArray()).filter((c) => !c.deletedAt);
  const participants = (await database.participants.toArray()).filter((p) => !p.deletedAt);
  return campaigns.map((c) => ({
    id: c.id,
    // The year tells same-named campaigns apart; most names already carry it ("... năm 2024").
    name: c.shortName.includes(String(c.year)) ? c.shortName : `${c.shortName} · ${c.year}`,
    participants: participants.filter((p) => p.campaignId === c.id).map((p) => ({ id: p.id, name: p.displayName, person: p.category === 'individual' })),
  }));
}
