// The app-update state machine behind the "Có phiên bản mới — Cập nhật" notice. Kept apart
// from the service-worker registration (which needs the build's virtual module) so it can be
// tested. Rule: never reload over a form with unsaved input.
import { hasUnsavedChanges, subscribeUnsaved } from '../ui/unsaved-changes';
import { setReloadNotice } from './notice-on-reload';

/** none: nothing to do; available: a new version waits; applied: it already took over (from another tab). */
export type UpdatePhase = 'none' | 'available' | 'applied';

export interface UpdateView {
  phase: UpdatePhase;
  /** The person asked to update while a form held unsaved input. */
  blocked: boolean;
}

interface Updater {
  /** Tells the waiting service worker to take over; the page reloads when it does. */
  activate: () => Promise<void>;
  reload: () => void;
}

export const UPDATED_NOTICE = 'Bình Xét vừa được cập nhật lên phiên bản mới. Dữ liệu của bạn vẫn được giữ nguyên.';

let view: UpdateView = { phase: 'none', blocked: false };
let updater: Updater = { activate: async () => undefined, reload: () => window.location.reload() };
const listeners = new Set<() => void>();

function set(next: UpdateView): void {
  view = next;
  for (const listener of listeners) listener();
}

subscribeUnsaved(() => {
  if (view.blocked && !hasUnsavedChanges()) set({ ...view, blocked: false });
});

export function connectUpdater(next: Updater): void {
  updater = next;
}

export function getUpdateView(): UpdateView {
  return view;
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The service worker found a new version waiting. */
export function updateAvailable(): void {
  if (view.phase === 'none') set({ phase: 'available', blocked: false });
}

/** The new version now controls this tab (this tab or another asked for it). */
export function newVersionInControl(): void {
  if (hasUnsavedChanges()) {
    set({ phase: 'applied', blocked: false });
    return;
  }
  setReloadNotice(UPDATED_NOTICE);
  updater.reload();
}

/** The person pressed "Cập nhật" (or "Tải lại"). */
export function requestUpdate(): void {
  if (hasUnsavedChanges()) {
    set({ ...view, blocked: true });
    return;
  }
  if (view.phase === 'applied') {
    setReloadNotice(UPDATED_NOTICE);
    updater.reload();
    return;
  }
  if (view.phase === 'available') void updater.activate();
}

/** "Để sau": hide the notice until the next start; the update waits. */
export function postponeUpdate(): void {
  set({ phase: 'none', blocked: false });
}
