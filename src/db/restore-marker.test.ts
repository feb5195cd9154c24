import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fullDataset, writeDataset } from './backup-fixtures';
import { exportBackup, previewBackup, restoreBackup } from './backup-repo';
import { clearRestoreMarker, markRestoreStarted, unfinishedRestore } from './restore-marker';
import { freshDatabase } from './test-db';

// The data layer's tests run in Node (real Blobs for the backup file); the browser's storage is a Map here.
beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v), removeItem: (k: string) => items.delete(k) });
});

describe('the note of a restore in progress', () => {
  it('remains until cleared, and says when the restore started', () => {
    expect(unfinishedRestore()).toBeNull();
    markRestoreStarted('2026-12-05T06:00:00.000Z');
    expect(unfinishedRestore()).toEqual({ startedAt: '2026-12-05T06:00:00.000Z' });
    clearRestoreMarker();
    expect(unfinishedRestore()).toBeNull();
  });

  it('a damaged note is no note', () => {
    localStorage.setItem('binh-xet:restore-in-progress', '{"startedAt":');
    expect(unfinishedRestore()).toBeNull();
  });

  it('is written during a restore and gone once it finished, or failed and rolled back', async () => {
    const database = freshDatabase();
    await writeDataset(database, await fullDataset());
    const preview = await previewBackup((await exportBackup()).blob);
    let seen: unknown = null;
    database.units.hook('creating', () => {
      seen ??= unfinishedRestore();
    });
    await restoreBackup(preview.parsed);
    expect(seen).toMatchObject({ startedAt: expect.stringMatching(/^\d{4}-/) as unknown });
    expect(unfinishedRestore()).toBeNull();

    database.units.hook('creating', () => {
      throw new Error('ổ đĩa hỏng');
    });
    await expect(restoreBackup(preview.parsed)).rejects.toThrow();
    expect(unfinishedRestore()).toBeNull();
  });
});
