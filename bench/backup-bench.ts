// Measurements 2, 3 and 7 in the page: the app's backup export and import (the code paths the
// Backup page runs) against raw IndexedDB + JSON and against dexie-export-import, on the
// database the benchmark seeded. Imports go into other databases, so the seed stays intact.
import Dexie from 'dexie';
import { exportDB, importDB } from 'dexie-export-import';
import { BinhXetDatabase, db, setDatabase } from '../src/db/database';
import { exportBackup } from '../src/db/backup-export';
import { previewBackup, restoreBackup } from '../src/db/backup-repo';

const STORES = ['settings', 'units', 'people', 'campaigns', 'participants', 'evidence', 'attachments', 'appraisals', 'complaints', 'nominations', 'councilMembers', 'sessions', 'rounds', 'ballots', 'decisions', 'audit'];

function gc(): void {
  (window as unknown as { gc?: () => void }).gc?.();
}

function usedHeap(): number {
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

/** Samples the JS heap every 5 ms (precise memory info costs ~40 µs a read) (and at every await) while `work` runs: peak above the start. */
async function withHeap<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakHeap: number }> {
  gc();
  const start = usedHeap();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, usedHeap());
  }, 5);
  const t0 = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - t0;
    peak = Math.max(peak, usedHeap());
    return { result, ms, peakHeap: peak - start };
  } finally {
    clearInterval(timer);
  }
}

function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openRaw(name: string): Promise<IDBDatabase> {
  return idbRequest(indexedDB.open(name));
}

/** An empty database with the app's stores and indexes, for the raw import to fill. */
async function openRawLikeApp(name: string): Promise<IDBDatabase> {
  const schema = new BinhXetDatabase(name);
  await schema.open();
  schema.close();
  return openRaw(name);
}

function plainBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The physical baseline: getAll of every store in one transaction, JSON.stringify, blobs as base64. */
async function rawExport(): Promise<Blob> {
  const idb = await openRaw(db().name);
  const tx = idb.transaction([...STORES, 'blobs'], 'readonly');
  const tables = await Promise.all(STORES.map((s) => idbRequest(tx.objectStore(s).getAll())));
  const blobRows = (await idbRequest(tx.objectStore('blobs').getAll())) as { id: string; blob: Blob }[];
  idb.close();
  const parts: BlobPart[] = ['{"tables":{'];
  STORES.forEach((s, i) => parts.push(`${i ? ',' : ''}${JSON.stringify(s)}:${JSON.stringify(tables[i])}`));
  parts.push('},"blobs":[');
  for (const [i, row] of blobRows.entries()) {
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    parts.push(`${i ? ',' : ''}{"id":${JSON.stringify(row.id)},"type":${JSON.stringify(row.blob.type)},"base64":"`, plainBase64(bytes), '"}');
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

/** The physical baseline for import: JSON.parse the whole file, decode blobs, put in one transaction. */
async function rawImport(file: Blob, name: string): Promise<void> {
  const parsed = JSON.parse(await file.text()) as { tables: Record<string, { id: string }[]>; blobs: { id: string; type: string; base64: string }[] };
  const idb = await openRawLikeApp(name);
  const tx = idb.transaction([...STORES, 'blobs'], 'readwrite');
  for (const s of STORES) for (const r of parsed.tables[s] ?? []) tx.objectStore(s).put(r);
  for (const b of parsed.blobs) {
    const binary = atob(b.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    tx.objectStore('blobs').put({ id: b.id, blob: new Blob([bytes], { type: b.type }) });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

/** The app's import as the Backup page runs it: read + validate + preview, then restore, into an empty database. */
async function appImport(file: Blob, name: string): Promise<{ evidence: number; previewMs: number }> {
  const seeded = db();
  const target = new BinhXetDatabase(name);
  setDatabase(target);
  try {
    await target.open();
    const t0 = performance.now();
    const preview = await previewBackup(file);
    const previewMs = performance.now() - t0;
    await restoreBackup(preview.parsed);
    return { evidence: await target.evidence.count(), previewMs };
  } finally {
    target.close();
    setDatabase(seeded);
  }
}

export interface BackupSample {
  export: { app: number; raw: number; dexie: number };
  import: { app: number; raw: number; dexie: number };
  heap: { exportPeak: number; importPeak: number };
  sizes: { app: number; raw: number; dexie: number };
  restoredEvidence: number;
  /** Of the app's import: reading, checking and previewing the file (the rest is the restore). */
  importPreviewMs: number;
}

export async function measureBackup(): Promise<BackupSample> {
  const scratch = ['bench-import-raw', 'bench-import-dexie', 'bench-import-app'];
  await Promise.all(scratch.map((n) => Dexie.delete(n)));
  if (!db().isOpen()) await db().open();
  const app = await withHeap(async () => (await exportBackup({ kind: 'all' })).blob);
  const raw = await withHeap(rawExport);
  const dexie = await withHeap(() => exportDB(db(), { skipTables: ['meta', 'snapshots'] }));
  const rawIn = await withHeap(() => rawImport(raw.result, 'bench-import-raw'));
  const dexieIn = await withHeap(async () => (await importDB(dexie.result, { name: 'bench-import-dexie' })).close());
  const appIn = await withHeap(() => appImport(app.result, 'bench-import-app'));
  await Promise.all(scratch.map((n) => Dexie.delete(n)));
  return {
    export: { app: app.ms, raw: raw.ms, dexie: dexie.ms },
    import: { app: appIn.ms, raw: rawIn.ms, dexie: dexieIn.ms },
    heap: { exportPeak: app.peakHeap, importPeak: appIn.peakHeap },
    sizes: { app: app.result.size, raw: raw.result.size, dexie: dexie.result.size },
    restoredEvidence: appIn.result.evidence,
    importPreviewMs: appIn.result.previewMs,
  };
}
