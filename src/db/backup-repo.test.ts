import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTION_SCHEMAS, COLLECTIONS } from '../domain/backup-format';
import { entryFor, fullDataset, dumpDatabase, sealFile, writeDataset } from './backup-fixtures';
import { newId, randomId } from '../lib/ids';
import { backupStatus, exportAllAndRecord, exportBackup, listSnapshots, mergeBackup, previewBackup, readBackupFile, restoreBackup, snapshotFile } from './backup-repo';
import { unitsRepo } from './register-repo';
import { readLedger } from './ledger-pages-repo';
import { freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function dataOf(blob: Blob) {
  return JSON.parse(await blob.text()) as { data: Record<string, { id: string; action?: string }[]>; attachments: { id: string; base64: string }[] };
}

describe('export → restore into an empty database → export', () => {
  it('gives back identical data and attachment bytes', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const first = await exportBackup();
    expect(first.fileName).toMatch(/^binh-xet-van-giao-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    for (const c of COLLECTIONS) expect(first.counts[c], c).toBeGreaterThan(0);

    database = freshDatabase();
    const parsed = await readBackupFile(first.blob);
    await restoreBackup(parsed);
    const second = await exportBackup();
    const a = await dataOf(first.blob);
    const b = await dataOf(second.blob);
    // The restore itself is recorded in the audit trail; everything else is identical.
    const restoreEntries = b.data.audit?.filter((e) => e.action === 'restore') ?? [];
    expect(restoreEntries).toHaveLength(1);
    b.data.audit = (b.data.audit ?? []).filter((e) => e.action !== 'restore');
    expect(b.data).toEqual(a.data);
    expect(b.attachments).toEqual(a.attachments);
    const blob = await database.blobs.get(dataset.ids.attachment);
    expect(new Uint8Array(await (blob?.blob ?? new Blob()).arrayBuffer())).toEqual(dataset.bytes.get(dataset.ids.attachment));
    // The ledger's read model is not in the file: the restore builds it from the entries.
    const ledger = await readLedger((years) => years);
    expect(ledger.stale).toBe(false);
    expect(ledger.rows.map((r) => r.id).sort()).toEqual(a.data.awards?.map((e) => e.id).sort());
  });

  it('reads a file chunk by chunk, whatever the chunk boundaries', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const file = await exportBackup();
    const parsed = await readBackupFile(file.blob);
    expect(parsed.data.units[0]?.name).toBe('Văn phòng - Thống kê');
    expect(parsed.blobs.size).toBe(1);
  });
});

describe('restore and merge', () => {
  it('keeps a safety snapshot that can be listed, downloaded and restored', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const file = await exportBackup();
    await unitsRepo.create({ name: 'Ấp Mới', kind: 'ap' });
    await restoreBackup(await readBackupFile(file.blob));
    expect(await database.units.filter((u) => u.name === 'Ấp Mới').count()).toBe(0);
    const [snapshot] = await listSnapshots();
    expect(snapshot?.reason).toBe('Trước khi khôi phục dữ liệu');
    const blob = await snapshotFile(snapshot?.id ?? '');
    await restoreBackup(await readBackupFile(blob ?? new Blob()));
    expect(await database.units.filter((u) => u.name === 'Ấp Mới').count()).toBe(1);
  });

  it('merges a file from another PC: new records added, newer wins, tombstones kept', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const here = await unitsRepo.create({ name: 'Ấp Một', kind: 'ap' });
    await unitsRepo.remove(dataset.ids.unit);
    const otherPc = await exportBackup();
    // The other PC (simulated): its copy has a newer edit of Ấp Một and a new unit.
    const other = JSON.parse(await otherPc.blob.text());
    database = freshDatabase();
    await writeDataset(database, dataset);
    await unitsRepo.create({ name: 'Ấp Một', kind: 'ap' }, { id: here.id });
    const local = (await database.units.get(here.id)) ?? here;
    await database.units.put({ ...local, name: 'Ấp Một cũ', rev: 2, updatedAt: '2000-01-01T00:00:00.000Z' });
    const parsed = await readBackupFile(new Blob([JSON.stringify(other)]));
    const preview = await previewBackup(new Blob([JSON.stringify(other)]));
    expect(preview.plan.counts.units.updated).toBe(2); // the tombstone and the newer Ấp Một
    const plan = await mergeBackup(parsed);
    expect(plan.counts.units.updated).toBe(2);
    expect((await database.units.get(dataset.ids.unit))?.deletedAt).toBeTruthy();
    expect(await database.units.get(here.id)).toMatchObject({ name: 'Ấp Một', rev: 3 });
    const again = await previewBackup(new Blob([JSON.stringify(other)]));
    const writes = COLLECTIONS.reduce((n, c) => n + again.plan.writes[c].length, 0);
    expect(writes).toBe(0);
  });

  it('merging two PCs that each recorded their own awards keeps every entry of both', async () => {
    const dataset = await fullDataset();
    const [shared] = dataset.data.awards;
    if (!shared) throw new Error('no award in the dataset');
    const award = (year: number) => ({ ...shared, id: newId(), year, title: 'Lao động tiên tiến', campaignId: undefined, source: { kind: 'manual' } });
    // PC 1 imported 2022, PC 2 typed 2023 and corrected the shared entry.
    await writeDataset(database, { ...dataset, data: { ...dataset.data, awards: [shared, award(2022)] } });
    const correction = { ...shared, id: newId(), amount: 720_000, source: { kind: 'manual' }, corrects: { entryId: shared.id, reason: 'Sai số tiền', annul: false } };
    const otherPc = { ...dataset, data: { ...dataset.data, awards: [shared, award(2023), correction] } };
    database = freshDatabase();
    await writeDataset(database, otherPc);
    const fromOther = await exportBackup();
    database = freshDatabase();
    await writeDataset(database, { ...dataset, data: { ...dataset.data, awards: [shared, award(2022)] } });
    const plan = await mergeBackup(await readBackupFile(fromOther.blob));
    expect(plan.counts.awards).toMatchObject({ new: 2, unchanged: 1, conflict: 0 });
    const entries = await database.awards.toArray();
    expect(entries.map((e) => e.year).sort()).toEqual([2022, 2023, 2024, 2024]);
    expect(entries.find((e) => e.corrects)?.corrects?.entryId).toBe(shared.id);
  });

  it('restores a backup of the previous format, which has no award history', async () => {
    const dataset = await fullDataset();
    const { awards: _none, ...older } = dataset.data;
    const attachment = dataset.data.attachments[0];
    const bytes = dataset.bytes.get(dataset.ids.attachment) ?? new Uint8Array();
    const file = await sealFile(older, attachment ? [entryFor(attachment.id, String(attachment.name), bytes, String(attachment.sha256))] : []);
    expect(file.formatVersion).toBe(1);
    await database.awards.add(COLLECTION_SCHEMAS.awards.parse({ ...dataset.data.awards[0], id: newId() }) as never);
    await restoreBackup(await readBackupFile(new Blob([JSON.stringify(file)])));
    expect(await database.people.count()).toBe(1);
    // A restore replaces everything: the award this PC had is gone, as the file has none.
    expect(await database.awards.count()).toBe(0);
  });

  it('restores a backup of format 2, made before the year-end fields, and refuses none of it', async () => {
    const dataset = await fullDataset();
    const attachment = dataset.data.attachments[0];
    const bytes = dataset.bytes.get(dataset.ids.attachment) ?? new Uint8Array();
    const file = await sealFile(dataset.data, attachment ? [entryFor(attachment.id, String(attachment.name), bytes, String(attachment.sha256))] : [], { formatVersion: 2 });
    await restoreBackup(await readBackupFile(new Blob([JSON.stringify(file)])));
    expect(await database.people.count()).toBe(1);
    expect(await database.awards.count()).toBe(dataset.data.awards.length);
    // What this app writes is format 3: an app of format 2 would drop its new fields, so it refuses the file.
    expect((JSON.parse(await (await exportBackup()).blob.text()) as { formatVersion: number }).formatVersion).toBe(3);
  });

  it('imports an evidence packet into the same campaign on another PC', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const packet = await exportBackup({ kind: 'evidence', campaignId: dataset.ids.campaign, participantId: dataset.ids.participant, name: 'Trần Thị Bình' });
    expect(packet.counts.evidence).toBe(1);
    expect(packet.counts.attachments).toBe(1);
    expect(packet.counts.units).toBe(0);

    database = freshDatabase();
    const withoutEvidence = { ...dataset, data: { ...dataset.data, evidence: [], attachments: [] }, bytes: new Map() };
    await writeDataset(database, withoutEvidence);
    const preview = await previewBackup(packet.blob);
    expect(preview.canRestore).toBe(false);
    expect(preview.plan.counts.evidence.new).toBe(1);
    await mergeBackup(preview.parsed);
    expect(await database.evidence.count()).toBe(1);
    expect((await database.blobs.get(dataset.ids.attachment))?.blob.size).toBe(dataset.bytes.get(dataset.ids.attachment)?.length);
  });

  it('refuses an evidence packet whose campaign is not on this PC', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const packet = await exportBackup({ kind: 'evidence', campaignId: dataset.ids.campaign, participantId: dataset.ids.participant, name: 'Trần Thị Bình' });
    database = freshDatabase();
    await expect(previewBackup(packet.blob)).rejects.toThrow(/không có trong tệp lẫn trên máy này/);
  });

  it('exports one campaign with the register records it refers to', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const file = await exportBackup({ kind: 'campaign', campaignId: dataset.ids.campaign, name: 'Thi đua CCHC 2024' });
    expect(file.fileName).toContain('thi-dua-cchc-2024');
    expect(file.counts.people).toBe(1);
    expect(file.counts.units).toBe(1);
    expect(file.counts.ballots).toBe(1);
    expect(file.counts.settings).toBe(0);
    database = freshDatabase();
    const preview = await previewBackup(file.blob);
    await mergeBackup(preview.parsed);
    expect(await database.campaigns.count()).toBe(1);
  });
});

describe('merging never overwrites or reopens a round closed on this PC (#16, defect 6)', () => {
  /** This PC closed round 1 of the session of 15/01/2025; the file holds an older state of it, edited later elsewhere. */
  async function closedHereReopenedInFile(status: 'closed' | 'published') {
    const dataset = await fullDataset();
    const [round] = dataset.data.rounds;
    const [nominee] = dataset.data.nominations;
    if (!round || !nominee) throw new Error('fixture');
    const tally = { issued: 1, returned: 1, valid: 1, invalid: 0, perCandidate: { [nominee.id]: { agree: 1, disagree: 0 } } };
    const closed = { ...round, status, tally, closedAt: '2025-01-15T03:00:00.000Z', updatedAt: '2025-01-15T03:00:00.000Z', rev: 3 };
    await writeDataset(database, { ...dataset, data: { ...dataset.data, rounds: [closed] } });
    const reopened = { ...round, status: 'open', updatedAt: '2025-02-01T00:00:00.000Z', rev: 8 };
    const extraBallot = { id: randomId(), roundId: round.id, agree: [] };
    const file = await sealFile({ ...dataset.data, rounds: [reopened], ballots: [...dataset.data.ballots, extraBallot] });
    return { closed, extraBallot, campaignId: dataset.ids.campaign, blob: new Blob([JSON.stringify(file)]) };
  }

  it('shows the conflict in the preview, keeps the closed round and adds none of the file’s ballots for it', async () => {
    const { closed, extraBallot, blob } = await closedHereReopenedInFile('closed');
    const preview = await previewBackup(blob);
    expect(preview.plan.conflicts.map((c) => [c.collection, c.reason])).toEqual([
      ['rounds', 'Vòng 1 (Cá nhân) của phiên họp ngày 15/01/2025 đã kết thúc trên máy này; bản trong tệp khác — giữ bản trên máy.'],
      ['ballots', 'Vòng 1 (Cá nhân) của phiên họp ngày 15/01/2025 đã kết thúc trên máy này; phiếu bầu trong tệp không được thêm vào.'],
    ]);
    const plan = await mergeBackup(await readBackupFile(blob));
    expect(plan.counts.rounds.conflict).toBe(1);
    expect(await database.rounds.get(closed.id)).toEqual(closed);
    expect(await database.ballots.get(extraBallot.id)).toBeUndefined();
    expect(await database.ballots.where('roundId').equals(closed.id).count()).toBe(1);
  });

  it('also when the file holds only ballots (a partial file): the round and its session are read from this PC', async () => {
    const { extraBallot, campaignId } = await closedHereReopenedInFile('closed');
    const only = await sealFile({ ballots: [extraBallot] }, [], { scope: { kind: 'campaign', campaignId, name: 'Thi đua CCHC 2024' } });
    const blob = new Blob([JSON.stringify(only)]);
    expect((await previewBackup(blob)).plan.conflicts.map((c) => c.subject)).toEqual(['Vòng 1 (Cá nhân) của phiên họp ngày 15/01/2025']);
    await mergeBackup(await readBackupFile(blob));
    expect(await database.ballots.get(extraBallot.id)).toBeUndefined();
  });

  it('keeps a published round too, however new the file’s copy', async () => {
    const { closed, blob } = await closedHereReopenedInFile('published');
    const plan = await mergeBackup(await readBackupFile(blob));
    expect(plan.conflicts[0]?.reason).toContain('đã công bố kết quả trên máy này');
    expect(await database.rounds.get(closed.id)).toEqual(closed);
  });
});

describe('backup reminder bookkeeping', () => {
  it('records the last backup and resets the change counter', async () => {
    await unitsRepo.create({ name: 'Ấp Một', kind: 'ap' });
    expect((await backupStatus()).changesSinceBackup).toBe(1);
    await exportAllAndRecord();
    const status = await backupStatus();
    expect(status.changesSinceBackup).toBe(0);
    expect(status.lastBackupAt).toMatch(/^\d{4}-/);
  });

  it('a database dump of an untouched db is stable (sanity for before/after comparisons)', async () => {
    expect(await dumpDatabase(database)).toEqual(await dumpDatabase(database));
  });
});

describe('the demo dataset', () => {
  it('passes every check and round-trips', async () => {
    const { loadDemoData } = await import('./demo-data');
    await loadDemoData();
    const first = await exportBackup();
    database = freshDatabase();
    const preview = await previewBackup(first.blob);
    // The finished campaign and the practice one.
    expect(preview.plan.counts.campaigns.new).toBe(2);
    await restoreBackup(preview.parsed);
    const again = await dataOf((await exportBackup()).blob);
    again.data.audit = (again.data.audit ?? []).filter((e) => e.action !== 'restore');
    expect(again.data).toEqual((await dataOf(first.blob)).data);
  });
});

describe('light safety snapshots', () => {
  it('hold every record but only the bytes the operation would replace, and restore intact', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const packet = await exportBackup({ kind: 'evidence', campaignId: dataset.ids.campaign, participantId: dataset.ids.participant, name: 'Bình' });
    await mergeBackup((await previewBackup(packet.blob)).parsed);
    const [snapshot] = await listSnapshots();
    const file = await dataOf((await snapshotFile(snapshot?.id ?? '')) ?? new Blob());
    expect(file.data.attachments).toHaveLength(1);
    expect(file.attachments).toHaveLength(0); // the packet brings the same bytes: nothing to keep

    // Restoring that snapshot keeps the bytes that are still here.
    await database.units.clear();
    await restoreBackup(await readBackupFile((await snapshotFile(snapshot?.id ?? '')) ?? new Blob()));
    expect(await database.units.count()).toBe(1);
    expect((await database.blobs.get(dataset.ids.attachment))?.blob.size).toBe(dataset.bytes.get(dataset.ids.attachment)?.length);
  });

  it('include the bytes a restore would drop', async () => {
    const dataset = await fullDataset();
    await writeDataset(database, dataset);
    const withoutFiles = await exportBackup();
    const parsed = await readBackupFile(withoutFiles.blob);
    parsed.data.attachments = [];
    parsed.data.evidence = parsed.data.evidence.map((e) => ({ ...e, attachmentIds: [] }));
    parsed.blobs.clear();
    await restoreBackup(parsed);
    expect(await database.blobs.count()).toBe(0);
    const [snapshot] = await listSnapshots();
    const file = await dataOf((await snapshotFile(snapshot?.id ?? '')) ?? new Blob());
    expect(file.attachments).toHaveLength(1);
    await restoreBackup(await readBackupFile((await snapshotFile(snapshot?.id ?? '')) ?? new Blob()));
    expect(await database.blobs.count()).toBe(1);
  });
});
