// The browser storage the app lives in: ask once for persistent storage (so the browser
// does not evict the data under pressure), and report usage for Settings.
import { db } from './database';

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function requestPersistenceOnce(): Promise<void> {
  const database = db();
  const asked = await database.meta.get('persistenceRequested');
  if (asked || !navigator.storage?.persist) return;
  const granted = await navigator.storage.persist().catch(() => false);
  await database.meta.put({ key: 'persistenceRequested', value: { at: new Date().toISOString(), granted } });
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted().catch(() => null) : null;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
