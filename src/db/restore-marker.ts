// A note left in localStorage while a restore writes. The restore is one IndexedDB transaction,
// so a tab closed mid-way leaves the data as it was before; the note that remains lets the next
// start say so instead of saying nothing.
const KEY = 'binh-xet:restore-in-progress';

export interface UnfinishedRestore {
  startedAt: string;
}

export function markRestoreStarted(at = new Date().toISOString()): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ startedAt: at } satisfies UnfinishedRestore));
  } catch {
    // No storage (private mode): the restore still runs, only the notice after a crash is lost.
  }
}

export function clearRestoreMarker(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The restore that started and never finished, if the last one did not. */
export function unfinishedRestore(): UnfinishedRestore | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;
    return value && typeof value === 'object' && typeof (value as UnfinishedRestore).startedAt === 'string' ? (value as UnfinishedRestore) : null;
  } catch {
    return null;
  }
}
