// One place that knows whether any form on screen holds typed but unsaved input, so that
// an app update (or closing the tab) never throws that input away. Forms call
// useUnsavedGuard(isDirty); the update prompt asks hasUnsavedChanges() before reloading.
import { useEffect, useSyncExternalStore } from 'react';

const dirty = new Set<symbol>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  // The browser shows its own "leave site?" question; the text itself is ignored nowadays.
  event.preventDefault();
  event.returnValue = '';
}

/** Marks (or unmarks) one form, known by its token, as holding unsaved input. */
export function markUnsaved(token: symbol, isDirty: boolean): void {
  const before = dirty.size;
  if (isDirty) dirty.add(token);
  else dirty.delete(token);
  if (before === dirty.size) return;
  if (before === 0 && dirty.size > 0) window.addEventListener('beforeunload', onBeforeUnload);
  if (before > 0 && dirty.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  notify();
}

export function hasUnsavedChanges(): boolean {
  return dirty.size > 0;
}

export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For a form: while `isDirty` is true, the app counts this form as holding unsaved input. */
export function useUnsavedGuard(isDirty: boolean): void {
  useEffect(() => {
    const token = Symbol('form');
    markUnsaved(token, isDirty);
    return () => markUnsaved(token, false);
  }, [isDirty]);
}

/** For whoever must not reload over typed input (the update prompt). */
export function useHasUnsavedChanges(): boolean {
  return useSyncExternalStore(subscribeUnsaved, hasUnsavedChanges, () => false);
}
