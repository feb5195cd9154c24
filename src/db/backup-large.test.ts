// Many attachments, read in small chunks: bytes survive, progress only grows, cancel stops.
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../domain/backup-format';
import { newId } from '../lib/ids';
import { fullDataset, writeDataset } from './backup-fixtures';
import { exportBackup, previewBackup, readBackupFile, restoreBackup } from './backup-repo';
import { freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function withAttachments(count: number, size: number) {
  const dataset = await fullDataset();
  const template = dataset.data.attachments[0] ?? { id: '' };
  for (let i = 0; i < count; i++) {
    const bytes = new Uint8Array(size);
    for (let j = 0; j < size; j++) bytes[j] = (j * 31 + i) & 0xff;
    const id = newId();
    dataset.data.attachments.push({ ...template, id, name: `tep-${i}.bin`, size, sha256: await sha256Hex(bytes) });
    dataset.bytes.set(id, bytes);
  }
  await writeDataset(database, dataset);
  return dataset;
}

describe('large backups', () => {
  it('round-trips 12 attachments of 300 KB read in 64 KB chunks, with growing progress', async () => {
    const dataset = await withAttachments(12, 300_000);
    const exportProgress: number[] = [];
    const file = await exportBackup({ kind: 'all' }, { onProgress: (f) => exportProgress.push(f) });
    expect(file.blob.size).toBeGreaterThan(12 * 400_000);
    expect(exportProgress).toEqual([...exportProgress].sort((a, b) => a - b));
    expect(exportProgress.at(-1)).toBe(1);
    const readProgress: number[] = [];
    const parsed = await readBackupFile(file.blob, { chunkBytes: 64 * 1024, onProgress: (f) => readProgress.push(f) });
    expect(readProgress.length).toBeGreaterThan(70);
    expect(readProgress.at(-1)).toBe(1);
    database = freshDatabase();
    await restoreBackup(parsed);
    for (const [id, bytes] of dataset.bytes) {
      const stored = await database.blobs.get(id);
      expect(await sha256Hex(await (stored?.blob ?? new Blob()).arrayBuffer())).toBe(await sha256Hex(bytes));
    }
  });

  it('export and import stop when cancelled, and nothing is written', async () => {
    await withAttachments(3, 50_000);
    const abort = new AbortController();
    abort.abort(new Error('Đã huỷ'));
    await expect(exportBackup({ kind: 'all' }, { signal: abort.signal })).rejects.toThrow('Đã huỷ');
    const file = await exportBackup();
    database = freshDatabase();
    const reading = new AbortController();
    const promise = previewBackup(file.blob, { chunkBytes: 4096, signal: reading.signal, onProgress: (f) => f > 0.3 && reading.abort(new Error('Đã huỷ')) });
    await expect(promise).rejects.toThrow('Đã huỷ');
    expect(await database.units.count()).toBe(0);
  });
});
